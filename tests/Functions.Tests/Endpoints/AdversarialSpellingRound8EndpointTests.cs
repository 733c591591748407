using Router.Functions.Tests.Support;

namespace Router.Functions.Tests.Endpoints;

/// <summary>
/// The eighth attack round (issue 15), kept as regression tests: the leaks the seventh round left (CSS escapes, Python
/// named escapes, Morse and braille digits, Russian and Japanese digit words, rot13'd and reversed keys, a key spelled
/// one character at a time, Twilio keys glued to words, cards written as floats, four-digit decoys among a card's
/// groups, key letters split by OCR spaces) and new variants of the classes (format characters and digits of
/// scripts not tried before, splits by arrows and brackets, a base64 data URL) — in message contents, content parts,
/// stop sequences, tool-call arguments and a response format, across messages, each sent through the HTTP endpoint
/// asking for the closed model, plain and streaming, and with <c>model: auto</c> behind a word problem. Ordinary texts
/// next to these classes (Morse and braille taught, escapes of symbols, paths, regular expressions, counting,
/// scientific notation, tables of figures, key prefixes explained) still go where they asked. Values are generated test
/// values.
/// </summary>
public sealed class AdversarialSpellingRound8EndpointTests
{
    public static TheoryData<string, string> Bodies() => new()
    {
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card \\\\35 412879730911417\"}]", "css" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"content: \\\"\\\\34\\\\35\\\\33\\\\39\\\\31\\\\35\\\\38\\\\38\\\\31\\\\33\\\\39\\\\39\\\\38\\\\36\\\\39\\\\35\\\"\"}]", "css" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"go\"}, {\"role\": \"assistant\", \"content\": null, \"tool_calls\": [{\"id\": \"c1\", \"type\": \"function\", \"function\": {\"name\": \"f\", \"arguments\": \"{\\\"css\\\": \\\"content: '\\\\\\\\36\\\\\\\\30\\\\\\\\31\\\\\\\\31\\\\\\\\38\\\\\\\\31\\\\\\\\35\\\\\\\\31\\\\\\\\38\\\\\\\\38\\\\\\\\34\\\\\\\\34\\\\\\\\37\\\\\\\\32\\\\\\\\39\\\\\\\\31'\\\"}\"}}]}, {\"role\": \"tool\", \"tool_call_id\": \"c1\", \"content\": \"done\"}]", "css" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card \\\\N{DIGIT FOUR}\\\\N{DIGIT FIVE}\\\\N{DIGIT THREE}\\\\N{DIGIT NINE}\\\\N{DIGIT ONE}\\\\N{DIGIT FIVE}\\\\N{DIGIT EIGHT}\\\\N{DIGIT EIGHT}\\\\N{DIGIT ONE}\\\\N{DIGIT THREE}\\\\N{DIGIT NINE}\\\\N{DIGIT NINE}\\\\N{DIGIT EIGHT}\\\\N{DIGIT SIX}\\\\N{DIGIT NINE}\\\\N{DIGIT FIVE}\"}]", "pyN" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"go\"}, {\"role\": \"assistant\", \"content\": null, \"tool_calls\": [{\"id\": \"c1\", \"type\": \"function\", \"function\": {\"name\": \"f\", \"arguments\": \"{\\\"code\\\": \\\"s = '\\\\\\\\N{digit five}\\\\\\\\N{digit four}\\\\\\\\N{digit one}\\\\\\\\N{digit two}\\\\\\\\N{digit eight}\\\\\\\\N{digit seven}\\\\\\\\N{digit nine}\\\\\\\\N{digit seven}\\\\\\\\N{digit three}\\\\\\\\N{digit zero}\\\\\\\\N{digit nine}\\\\\\\\N{digit one}\\\\\\\\N{digit one}\\\\\\\\N{digit four}\\\\\\\\N{digit one}\\\\\\\\N{digit seven}'\\\"}\"}}]}, {\"role\": \"tool\", \"tool_call_id\": \"c1\", \"content\": \"done\"}]", "pyN" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card ....- ..... ...-- ----. .---- ..... ---.. ---.. .---- ...-- ----. ----. ---.. -.... ----. .....\"}]", "morse" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card ..... ....- .---- ..--- ---.. --... ----. --...\"}, {\"role\": \"user\", \"content\": \"...-- ----- ----. .---- .---- ....- .---- --...\"}]", "morse" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"Summarise.\"}], \"stop\": [\"-.... ----- .---- .---- ---.. .---- ..... .---- ---.. ---.. ....- ....- --... ..--- ----. .----\"]", "morse" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card \u283C\u2819\u2811\u2809\u280A\u2801\u2811\u2813\u2813\u2801\u2809\u280A\u280A\u2813\u280B\u280A\u2811\"}]", "braille" },
        { "\"messages\": [{\"role\": \"user\", \"content\": [{\"type\": \"text\", \"text\": \"card\"}, {\"type\": \"text\", \"text\": \"\u283C\u2811\u2819\u2801\u2803\u2813\u281B\u280A\u281B\u2809\u281A\u280A\u2801\u2801\u2819\u2801\u281B\"}]}]", "braille" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"Go.\"}], \"stop\": [\"\u8EAB\u4EFD\u8BC1 \u283C\u2819\u2819\u281A\u2809\u281A\u2811\u2801\u280A\u280A\u281A\u281A\u280A\u2803\u2809\u2801\u2801\u2813\u2801\"]", "braille" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"\u043D\u043E\u043C\u0435\u0440 \u043A\u0430\u0440\u0442\u044B \u0447\u0435\u0442\u044B\u0440\u0435 \u043F\u044F\u0442\u044C \u0442\u0440\u0438 \u0434\u0435\u0432\u044F\u0442\u044C \u043E\u0434\u0438\u043D \u043F\u044F\u0442\u044C \u0432\u043E\u0441\u0435\u043C\u044C \u0432\u043E\u0441\u0435\u043C\u044C \u043E\u0434\u0438\u043D \u0442\u0440\u0438 \u0434\u0435\u0432\u044F\u0442\u044C \u0434\u0435\u0432\u044F\u0442\u044C \u0432\u043E\u0441\u0435\u043C\u044C \u0448\u0435\u0441\u0442\u044C \u0434\u0435\u0432\u044F\u0442\u044C \u043F\u044F\u0442\u044C\"}]", "words" },
        { "\"messages\": [{\"role\": \"system\", \"content\": \"\u041A\u0430\u0440\u0442\u0430 \u043A\u043B\u0438\u0435\u043D\u0442\u0430: \u043F\u044F\u0442\u044C \u0447\u0435\u0442\u044B\u0440\u0435 \u043E\u0434\u0438\u043D \u0434\u0432\u0430 \u0432\u043E\u0441\u0435\u043C\u044C \u0441\u0435\u043C\u044C \u0434\u0435\u0432\u044F\u0442\u044C \u0441\u0435\u043C\u044C \u0442\u0440\u0438 \u043D\u043E\u043B\u044C \u0434\u0435\u0432\u044F\u0442\u044C \u043E\u0434\u0438\u043D \u043E\u0434\u0438\u043D \u0447\u0435\u0442\u044B\u0440\u0435 \u043E\u0434\u0438\u043D \u0441\u0435\u043C\u044C\"}, {\"role\": \"user\", \"content\": \"\u041F\u0440\u043E\u0432\u0435\u0440\u044C.\"}]", "words" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"\u30AB\u30FC\u30C9\u756A\u53F7 \u308D\u304F \u305C\u308D \u3044\u3061 \u3044\u3061 \u306F\u3061 \u3044\u3061 \u3054 \u3044\u3061 \u306F\u3061 \u306F\u3061 \u3088\u3093 \u3088\u3093 \u306A\u306A \u306B \u304D\u3085\u3046 \u3044\u3061\"}]", "words" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"key NXVNU37MD26OBVQT36W6\"}]", "rot13" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"Classify.\"}], \"response_format\": {\"type\": \"json_schema\", \"json_schema\": {\"name\": \"out\", \"description\": \"token tuc_4b24uBFQERG79VdWmDgWMCTFRM4mOzf1enpw\", \"schema\": {\"type\": \"object\"}}}", "rot13" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"key backwards: 6J63GDIOB62QZ73HAIKA\"}]", "rev" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"token g-h-p-_-4-o-2-4-h-O-S-D-R-E-T-7-9-I-q-J-z-Q-t-J-Z-P-G-S-E-Z-4-z-B-m-s-1-r-a-c-j\"}]", "perchar" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"key A K I A H 3 7 Z Q 2 6 B O I D G 3 6 J 6\"}]", "perchar" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"mykeySK19ae3e8e5df28fb36d4e020e267318b4\"}]", "glued" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"token_sk_live_P4M9DZH7Fx6mqSFDGX0FZBJQ_end\"}]", "glued" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"go\"}, {\"role\": \"assistant\", \"content\": null, \"tool_calls\": [{\"id\": \"c1\", \"type\": \"function\", \"function\": {\"name\": \"f\", \"arguments\": \"{\\\"card\\\": 4.539158813998695e15}\"}}]}, {\"role\": \"tool\", \"tool_call_id\": \"c1\", \"content\": \"done\"}]", "float" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"{\\\"pan\\\": 5412879730911417.0}\"}]", "float" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 4539 2024 1588 1999 1399 7777 8695 3030\"}]", "decoy" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"see 2024 1999 6011 8151 8844 7291\"}]", "decoy" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"key AKIA H37Z Q26B OIDG 36J6\"}]", "ocr" },
        { "\"messages\": [{\"role\": \"user\", \"content\": [{\"type\": \"text\", \"text\": \"key:\"}, {\"type\": \"text\", \"text\": \"AKIA H37Z Q26B OIDG 36J6\"}]}]", "ocr" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 4\u20615\u20613\u20619\u20611\u20615\u20618\u20618\u20611\u20613\u20619\u20619\u20618\u20616\u20619\u20615\"}]", "cf" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 5\U0001D1734\U0001D1731\U0001D1732\U0001D1738\U0001D1737\U0001D1739\U0001D1737\U0001D1733\U0001D1730\U0001D1739\U0001D1731\U0001D1731\U0001D1734\U0001D1731\U0001D1737\"}]", "cf" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card \u1046\u1040\u1041\u1041\u1048\u1041\u1045\u1041\u1048\u1048\u1044\u1044\u1047\u1042\u1049\u1041\"}]", "nd" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card \U0001E954\U0001E955\U0001E953\U0001E959\U0001E951\U0001E955\U0001E958\U0001E958\U0001E951\U0001E953\U0001E959\U0001E959\U0001E958\U0001E956\U0001E959\U0001E955\"}]", "nd" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"<img src=\\\"data:text/plain;base64,Y2FyZCA1NDEyODc5NzMwOTExNDE3\\\">\"}]", "b64" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card (4539) (1588) (1399) (8695)\"}]", "split" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 4539\u21921588\u21921399\u21928695\"}]", "split" },
    };

    public static TheoryData<string> AutoBodies() => new()
    {
        "\"model\": \"auto\", \"messages\": [{\"role\": \"user\", \"content\": \"A cyclist rides 36 km at 12 km/h, rests 20 minutes, then rides 45 km at 15 km/h. If she left at 7:40, at what time does she arrive, and what was her average speed overall? Show each step. card ..... ....- .---- ..--- ---.. --... ----. --... ...-- ----- ----. .---- .---- ....- .---- --...\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"A cyclist rides 36 km at 12 km/h, rests 20 minutes, then rides 45 km at 15 km/h. If she left at 7:40, at what time does she arrive, and what was her average speed overall? Show each step. card \u283C\u280B\u281A\u2801\u2801\u2813\u2801\u2811\u2801\u2813\u2813\u2819\u2819\u281B\u2803\u280A\u2801\"}]",
        "\"model\": \"auto\", \"messages\": [{\"role\": \"user\", \"content\": \"A cyclist rides 36 km at 12 km/h, rests 20 minutes, then rides 45 km at 15 km/h. If she left at 7:40, at what time does she arrive, and what was her average speed overall? Show each step. key NXVNU37MD26OBVQT36W6\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"A cyclist rides 36 km at 12 km/h, rests 20 minutes, then rides 45 km at 15 km/h. If she left at 7:40, at what time does she arrive, and what was her average speed overall? Show each step. card \\\\34 539158813998695\"}]",
        "\"model\": \"auto\", \"messages\": [{\"role\": \"user\", \"content\": \"A cyclist rides 36 km at 12 km/h, rests 20 minutes, then rides 45 km at 15 km/h. If she left at 7:40, at what time does she arrive, and what was her average speed overall? Show each step. mykeySK19ae3e8e5df28fb36d4e020e267318b4\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"A cyclist rides 36 km at 12 km/h, rests 20 minutes, then rides 45 km at 15 km/h. If she left at 7:40, at what time does she arrive, and what was her average speed overall? Show each step. card \u0447\u0435\u0442\u044B\u0440\u0435 \u043F\u044F\u0442\u044C \u0442\u0440\u0438 \u0434\u0435\u0432\u044F\u0442\u044C \u043E\u0434\u0438\u043D \u043F\u044F\u0442\u044C \u0432\u043E\u0441\u0435\u043C\u044C \u0432\u043E\u0441\u0435\u043C\u044C \u043E\u0434\u0438\u043D \u0442\u0440\u0438 \u0434\u0435\u0432\u044F\u0442\u044C \u0434\u0435\u0432\u044F\u0442\u044C \u0432\u043E\u0441\u0435\u043C\u044C \u0448\u0435\u0441\u0442\u044C \u0434\u0435\u0432\u044F\u0442\u044C \u043F\u044F\u0442\u044C\"}]",
    };

    public static TheoryData<string> OrdinaryBodies() => new()
    {
        "\"messages\": [{\"role\": \"user\", \"content\": \"SOS in Morse is ... --- ... and HELLO is .... . .-.. .-.. ---\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"In Morse, digits have five symbols: 1 is .---- and 0 is -----.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"---\\ntitle: notes\\n---\\n- item one\\n- item two\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"\u2803\u2817\u2801\u280A\u2807\u2807\u2811 is the word braille; \u283C\u2801\u2803 is 12.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Use \\\\N{EM DASH} or \\\\N{DIGIT ONE} in Python strings.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"In CSS, content: \\\"\\\\2014 \\\\00A0\\\" inserts an em dash.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Path C:\\\\2024\\\\reports\\\\41\\\\summary.docx\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"The regex \\\\d\\\\d\\\\d\\\\d-\\\\d\\\\d matches a year and month.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"\u0421\u0447\u0438\u0442\u0430\u044E \u0434\u043E \u043F\u044F\u0442\u0438: \u043E\u0434\u0438\u043D, \u0434\u0432\u0430, \u0442\u0440\u0438, \u0447\u0435\u0442\u044B\u0440\u0435, \u043F\u044F\u0442\u044C.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"\u65E5\u672C\u8A9E\u3067\u6570\u5B57\u306F \u3044\u3061\u3001\u306B\u3001\u3055\u3093\u3001\u3088\u3093\u3001\u3054 \u3068\u8AAD\u307F\u307E\u3059\u3002\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Rot13 of hello is uryyb and of card is pneq.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Avogadro is 6.02214076e23 and the float 1.5e15 is large.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Scores 4120 3987 4410 4075 5120 4230 in the last six weeks.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"A-B-C-D-E-F-G-H-I-J-K-L-M-N-O-P and 1-2-3\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Twilio API keys start with SK and are 34 characters long.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"AKIA is the prefix of AWS key IDs and ASIA of temporary ones.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Answer briefly.\"}], \"stop\": [\"...\", \"---\", \"\\n\\n\"]",
    };


    private static readonly string[] NeverInHeaders = ["4539158813998695", "AKIAH37ZQ26BOIDG36J6", "SK19ae3e8e5df28fb36d4e020e267318b4"];

    [Theory]
    [MemberData(nameof(Bodies))]
    public Task Post_EighthRoundSpellingAskingForClosedModel_StaysPrivate(string fields, string kind) =>
        AdversarialRound.SpellingStaysPrivateAsync(fields, kind, stream: false, NeverInHeaders);

    [Theory]
    [MemberData(nameof(Bodies))]
    public Task Post_EighthRoundSpellingStreaming_StaysPrivate(string fields, string kind) =>
        AdversarialRound.SpellingStaysPrivateAsync(fields, kind, stream: true, NeverInHeaders);

    [Theory]
    [MemberData(nameof(AutoBodies))]
    public Task Post_EighthRoundAutoModelWordProblem_StaysPrivate(string fields) =>
        AdversarialRound.AutoStaysPrivateAsync(fields, NeverInHeaders);

    [Theory]
    [MemberData(nameof(OrdinaryBodies))]
    public Task Post_EighthRoundOrdinaryTextAskingForClosedModel_GoesClosed(string fields) =>
        AdversarialRound.OrdinaryGoesClosedAsync(fields, stream: false);

    [Theory]
    [MemberData(nameof(OrdinaryBodies))]
    public Task Post_EighthRoundOrdinaryTextStreaming_GoesClosed(string fields) =>
        AdversarialRound.OrdinaryGoesClosedAsync(fields, stream: true);
}
