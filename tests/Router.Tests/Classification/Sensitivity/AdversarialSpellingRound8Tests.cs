using Router.Classification;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>
/// The eighth attack round (issue 15): the leaks the seventh left, each found on the classifier's view — CSS escapes,
/// Python's named escapes, Morse and braille digits, Russian, Ukrainian and Japanese digit words, rot13'd and reversed
/// vendor keys, a key spelled one character at a time, Twilio keys glued to words, cards written as floats, four-digit
/// decoys among a card's groups, and key letters split by OCR spaces. The look-alikes next to them (Morse and braille
/// taught, regular expressions and paths, counting, scientific notation, tables of figures) stay clean. Values are
/// generated test values.
/// </summary>
public sealed class AdversarialSpellingRound8Tests
{
    private readonly ISensitivityClassifier _classifier = SensitivityClassifierFactory.Create();

    public static TheoryData<string, string> Found() => new()
    {
        // CSS escapes: one glued to the rest, one per digit (spaced or not), six-digit form.
        { "card \\35 412879730911417", "payment_card" },
        { "content: \"\\34\\35\\33\\39\\31\\35\\38\\38\\31\\33\\39\\39\\38\\36\\39\\35\"", "payment_card" },
        { "card \\36 \\30 \\31 \\31 \\38 \\31 \\35 \\31 \\38 \\38 \\34 \\34 \\37 \\32 \\39 \\31", "payment_card" },
        { "id \\000034\\000034\\000030\\000033\\000030\\000035\\000031\\000039\\000039\\000030\\000030\\000039\\000032\\000033\\000031\\000031\\000038\\000031", "cn_resident_id" },
        { "key \\41 KIAH37ZQ26BOIDG36J6", "aws_access_key" },
        // Python named escapes, any case, other scripts' digits, letters.
        { "card \\N{DIGIT FOUR}\\N{DIGIT FIVE}\\N{DIGIT THREE}\\N{DIGIT NINE}\\N{DIGIT ONE}\\N{DIGIT FIVE}\\N{DIGIT EIGHT}\\N{DIGIT EIGHT}\\N{DIGIT ONE}\\N{DIGIT THREE}\\N{DIGIT NINE}\\N{DIGIT NINE}\\N{DIGIT EIGHT}\\N{DIGIT SIX}\\N{DIGIT NINE}\\N{DIGIT FIVE}", "payment_card" },
        { "s = \"\\N{digit three}\\N{digit seven}\\N{digit one}\\N{digit four}\\N{digit seven}\\N{digit zero}\\N{digit seven}\\N{digit five}\\N{digit three}\\N{digit six}\\N{digit four}\\N{digit five}\\N{digit five}\\N{digit six}\\N{digit nine}\"", "payment_card" },
        { "id \\N{FULLWIDTH DIGIT FOUR}\\N{FULLWIDTH DIGIT FOUR}\\N{FULLWIDTH DIGIT ZERO}\\N{FULLWIDTH DIGIT THREE}\\N{FULLWIDTH DIGIT ZERO}\\N{FULLWIDTH DIGIT FIVE}\\N{FULLWIDTH DIGIT ONE}\\N{FULLWIDTH DIGIT NINE}\\N{FULLWIDTH DIGIT NINE}\\N{FULLWIDTH DIGIT ZERO}\\N{FULLWIDTH DIGIT ZERO}\\N{FULLWIDTH DIGIT NINE}\\N{FULLWIDTH DIGIT TWO}\\N{FULLWIDTH DIGIT THREE}\\N{FULLWIDTH DIGIT ONE}\\N{FULLWIDTH DIGIT ONE}\\N{FULLWIDTH DIGIT EIGHT}\\N{FULLWIDTH DIGIT ONE}", "cn_resident_id" },
        { "key \\N{LATIN CAPITAL LETTER A}\\N{LATIN CAPITAL LETTER K}IAH37ZQ26BOIDG36J6", "aws_access_key" },
        // Morse: spaced, slashed, back to back, other dot and dash characters, letters before.
        { "card ....- ..... ...-- ----. .---- ..... ---.. ---.. .---- ...-- ----. ----. ---.. -.... ----. .....", "payment_card" },
        { "number: ..... / ....- / .---- / ..--- / ---.. / --... / ----. / --... / ...-- / ----- / ----. / .---- / .---- / ....- / .---- / --...", "payment_card" },
        { "card -....-----.----.-------...----......-------..---......-....---.....-------..----", "payment_card" },
        { "card \u2022\u2022\u2212\u2212\u2212 \u2022\u2022\u2212\u2212\u2212 \u2022\u2022\u2212\u2212\u2212 \u2022\u2212\u2212\u2212\u2212 \u2022\u2022\u2022\u2022\u2212 \u2212\u2212\u2212\u2212\u2212 \u2022\u2022\u2022\u2022\u2022 \u2022\u2022\u2022\u2022\u2022 \u2212\u2212\u2022\u2022\u2022 \u2212\u2022\u2022\u2022\u2022 \u2022\u2212\u2212\u2212\u2212 \u2212\u2022\u2022\u2022\u2022 \u2212\u2212\u2212\u2212\u2022 \u2212\u2212\u2212\u2022\u2022 \u2212\u2212\u2022\u2022\u2022 \u2022\u2022\u2022\u2022\u2212", "payment_card" },
        { "-.-. .- .-. -.. / ...-- --... .---- ....- --... ----- --... ..... ...-- -.... ....- ..... ..... -.... ----.", "payment_card" },
        // Braille: the number sign before letters a-j, per group, Nemeth's lower cells, an ID's X.
        { "card \u283C\u2819\u2811\u2809\u280A\u2801\u2811\u2813\u2813\u2801\u2809\u280A\u280A\u2813\u280B\u280A\u2811", "payment_card" },
        { "card \u283C\u2811\u2819\u2801\u2803 \u283C\u2813\u281B\u280A\u281B \u283C\u2809\u281A\u280A\u2801 \u283C\u2801\u2819\u2801\u281B", "payment_card" },
        { "card \u283C\u2816\u2834\u2802\u2802\u2826\u2802\u2822\u2802\u2826\u2826\u2832\u2832\u2836\u2806\u2814\u2802", "payment_card" },
        { "\u8EAB\u4EFD\u8BC1 \u283C\u2819\u2819\u281A\u2809\u281A\u2811\u2801\u280A\u280A\u281A\u281A\u280A\u2803\u2809\u2801\u2801\u2813\u2801", "cn_resident_id" },
        // Russian and Ukrainian digit words; Japanese readings in kana and kanji, spaced, glued or with '・'.
        { "\u043D\u043E\u043C\u0435\u0440 \u043A\u0430\u0440\u0442\u044B \u0447\u0435\u0442\u044B\u0440\u0435 \u043F\u044F\u0442\u044C \u0442\u0440\u0438 \u0434\u0435\u0432\u044F\u0442\u044C \u043E\u0434\u0438\u043D \u043F\u044F\u0442\u044C \u0432\u043E\u0441\u0435\u043C\u044C \u0432\u043E\u0441\u0435\u043C\u044C \u043E\u0434\u0438\u043D \u0442\u0440\u0438 \u0434\u0435\u0432\u044F\u0442\u044C \u0434\u0435\u0432\u044F\u0442\u044C \u0432\u043E\u0441\u0435\u043C\u044C \u0448\u0435\u0441\u0442\u044C \u0434\u0435\u0432\u044F\u0442\u044C \u043F\u044F\u0442\u044C", "payment_card" },
        { "\u043A\u0430\u0440\u0442\u0430: \u041F\u042F\u0422\u042C, \u0427\u0415\u0422\u042B\u0420\u0415, \u041E\u0414\u0418\u041D, \u0414\u0412\u0410, \u0412\u041E\u0421\u0415\u041C\u042C, \u0421\u0415\u041C\u042C, \u0414\u0415\u0412\u042F\u0422\u042C, \u0421\u0415\u041C\u042C, \u0422\u0420\u0418, \u041D\u041E\u041B\u042C, \u0414\u0415\u0412\u042F\u0422\u042C, \u041E\u0414\u0418\u041D, \u041E\u0414\u0418\u041D, \u0427\u0415\u0422\u042B\u0420\u0415, \u041E\u0414\u0418\u041D, \u0421\u0415\u041C\u042C", "payment_card" },
        { "\u043A\u0430\u0440\u0442\u043A\u0430 \u0448\u0456\u0441\u0442\u044C \u043D\u0443\u043B\u044C \u043E\u0434\u0438\u043D \u043E\u0434\u0438\u043D \u0432\u0456\u0441\u0456\u043C \u043E\u0434\u0438\u043D \u043F'\u044F\u0442\u044C \u043E\u0434\u0438\u043D \u0432\u0456\u0441\u0456\u043C \u0432\u0456\u0441\u0456\u043C \u0447\u043E\u0442\u0438\u0440\u0438 \u0447\u043E\u0442\u0438\u0440\u0438 \u0441\u0456\u043C \u0434\u0432\u0430 \u0434\u0435\u0432'\u044F\u0442\u044C \u043E\u0434\u0438\u043D", "payment_card" },
        { "\u30AB\u30FC\u30C9\u756A\u53F7 \u3088\u3093 \u3054 \u3055\u3093 \u304D\u3085\u3046 \u3044\u3061 \u3054 \u306F\u3061 \u306F\u3061 \u3044\u3061 \u3055\u3093 \u304D\u3085\u3046 \u304D\u3085\u3046 \u306F\u3061 \u308D\u304F \u304D\u3085\u3046 \u3054", "payment_card" },
        { "\u30AB\u30FC\u30C9\u756A\u53F7\u306F\u30B4\u30E8\u30F3\u30A4\u30C1\u30CB\u30CF\u30C1\u30CA\u30CA\u30AD\u30E5\u30A6\u30CA\u30CA\u30B5\u30F3\u30BC\u30ED\u30AD\u30E5\u30A6\u30A4\u30C1\u30A4\u30C1\u30E8\u30F3\u30A4\u30C1\u30CA\u30CA\u3067\u3059", "payment_card" },
        { "\u30AB\u30FC\u30C9\u756A\u53F7 \u516D\u30FB\u3007\u30FB\u4E00\u30FB\u4E00\u30FB\u516B\u30FB\u4E00\u30FB\u4E94\u30FB\u4E00\u30FB\u516B\u30FB\u516B\u30FB\u56DB\u30FB\u56DB\u30FB\u4E03\u30FB\u4E8C\u30FB\u4E5D\u30FB\u4E00", "payment_card" },
        // rot13 and reversed vendor keys.
        { "key NXVNU37MD26OBVQT36W6", "aws_access_key" },
        { "stripe (rot13): fx_yvir_C4Z9QMU7Sk6zdFSQTK0SMOWD", "api_token" },
        { "token tuc_4b24uBFQERG79VdWmDgWMCTFRM4mOzf1enpw", "github_token" },
        { "key backwards: 6J63GDIOB62QZ73HAIKA", "aws_access_key" },
        // A key spelled one character at a time, its own '_' included.
        { "token g-h-p-_-4-o-2-4-h-O-S-D-R-E-T-7-9-I-q-J-z-Q-t-J-Z-P-G-S-E-Z-4-z-B-m-s-1-r-a-c-j", "github_token" },
        { "key A K I A H 3 7 Z Q 2 6 B O I D G 3 6 J 6", "aws_access_key" },
        { "key A . K . I . A . H . 3 . 7 . Z . Q . 2 . 6 . B . O . I . D . G . 3 . 6 . J . 6", "aws_access_key" },
        // Twilio API keys glued to words.
        { "mykeySK19ae3e8e5df28fb36d4e020e267318b4", "api_token" },
        { "twilioSK19ae3e8e5df28fb36d4e020e267318b4thanks", "api_token" },
        { "token_sk_live_P4M9DZH7Fx6mqSFDGX0FZBJQ_end", "api_token" },
        // Cards written as floats.
        { "{\"card\": 4.539158813998695e15}", "payment_card" },
        { "{\"pan\": 5412879730911417.0}", "payment_card" },
        { "card 3.71470753645569E+14", "payment_card" },
        { "[601.1815188447291e+13]", "payment_card" },
        // Four-digit decoys interleaved with or around a card's groups.
        { "card 4539 2024 1588 1999 1399 7777 8695 3030", "payment_card" },
        { "card: 8080 | 5412 | 1234 | 8797 | 5555 | 3091 | 9090 | 1417", "payment_card" },
        { "see 2024 1999 6011 8151 8844 7291", "payment_card" },
        { "card 1111 2221 4055 7616 9874 2222 3333", "payment_card" },
        // Key letters split by OCR spaces into groups with and without digits.
        { "key AKIA H37Z Q26B OIDG 36J6", "aws_access_key" },
        { "AWS: AKIA QZXW PLMN 2BQR TYUV", "aws_access_key" },
        { "token ghp_4o24hO SDRET79IqJ zQtJZPGSEZ 4zBms1racj", "github_token" },
    };

    public static TheoryData<string> NotFound() => new()
    {
        "SOS in Morse is ... --- ... and the ellipsis ... is not code.",
        "In Morse, digits have five symbols: 1 is .---- and 0 is -----.",
        "---\ntitle: notes\n---\n- item one\n- item two",
        "Braille numbers use the number sign \u283C before letters a-j: \u283C\u2801 is 1.",
        "\u2803\u2817\u2801\u280A\u2807\u2807\u2811 is the word braille.",
        "Use \\N{EM DASH} or \\N{DIGIT ONE} in Python strings.",
        "In CSS, content: \"\\2014 \\00A0\" inserts an em dash.",
        "Path C:\\2024\\reports\\41\\summary.docx",
        "The regex \\d\\d\\d\\d-\\d\\d matches a year and month.",
        "\u0421\u0447\u0438\u0442\u0430\u044E \u0434\u043E \u043F\u044F\u0442\u0438: \u043E\u0434\u0438\u043D, \u0434\u0432\u0430, \u0442\u0440\u0438, \u0447\u0435\u0442\u044B\u0440\u0435, \u043F\u044F\u0442\u044C.",
        "\u0421\u0435\u0440\u0438\u0439\u043D\u044B\u0439 \u043D\u043E\u043C\u0435\u0440: \u043E\u0434\u0438\u043D \u0434\u0432\u0430 \u0442\u0440\u0438; \u0438\u0442\u043E\u0433\u043E \u0441\u0442\u043E.",
        "\u65E5\u672C\u8A9E\u3067\u6570\u5B57\u306F \u3044\u3061\u3001\u306B\u3001\u3055\u3093\u3001\u3088\u3093\u3001\u3054 \u3068\u8AAD\u307F\u307E\u3059\u3002",
        "\u3044\u3061\u306B\u3055\u3093\u3057\u3054\u308D\u304F\u3057\u3061\u306F\u3061\u304D\u3085\u3046\u3058\u3085\u3046 \u3068\u6570\u3048\u307E\u3059",
        "Rot13 of hello is uryyb and of the word card is pneq.",
        "Avogadro is 6.02214076e23 and the float 1.5e15 is large.",
        "Years 2019 2020 2021 2022 2023 2024 in the table.",
        "Scores 4120 3987 4410 4075 5120 4230 in the last six weeks.",
        "A-B-C-D-E-F-G-H-I-J-K-L-M-N-O-P and 1-2-3",
        "v1.2.3.4.5.6.7.8.9.1.2.3.4.5.6.7.8 is a silly version",
        "Twilio API keys start with SK and are 34 characters long.",
        "The task list: TASK1, TASK2; mask_live_demo is a flag.",
        "AKIA is the prefix of AWS key IDs and ASIA of temporary ones.",
    };


    [Theory]
    [MemberData(nameof(Found))]
    public void Classify_EighthRoundSpelling_Found(string text, string type)
    {
        var verdict = _classifier.Classify([text], []);

        Assert.True(verdict.Entities.Any(e => e.Type == type), $"{type} not found; found: {string.Join(", ", verdict.Entities.Select(e => e.Type))}");
    }

    [Theory]
    [MemberData(nameof(NotFound))]
    public void Classify_EighthRoundLookAlike_NothingFound(string text) =>
        Assert.Empty(_classifier.Classify([text], []).Entities);

    [Fact]
    public void Classify_MorseCardSplitAcrossMessages_Found()
    {
        var verdict = _classifier.Classify(["card ....- ..... ...-- ----. .---- ..... ---.. ---..", ".---- ...-- ----. ----. ---.. -.... ----. ....."], []);

        Assert.Contains(verdict.Entities, e => e.Type == "payment_card");
    }
}
