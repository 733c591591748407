using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>A named private person with a birth date or age ("born on", "DOB", "aged 16", "Eleanor Price, 71,", "45岁").</summary>
internal sealed partial class PersonBirthDateDetector : PersonAttributeDetector
{
    internal static readonly CueSet BirthCues = new(
        "born", "birth*", "DOB", "D.O.B", "birthday", "aged", "years old", "year-old", "yrs old", "age", "yo",
        // An HL7 v2 PID segment, whose seventh field is the date of birth (PidBirthDate).
        "PID",
        // A JSON or form key written as one word ("dateOfBirth"; "birthDate" and "date_of_birth" are found by "birth*").
        "dateofbirth",
        // Colloquial and clinical: "turns 40", "a 45 year old", "83 y/o", "in his early sixties".
        "turns", "turned", "turning", "year old", "yr old", "yr-old", "y/o", "y.o", "twenties", "thirties", "forties", "fifties",
        "sixties", "seventies", "eighties", "nineties",
        // Other languages' birth words (a date must follow, like "born"), and a birthday wish with the age ("a happy 40th").
        "bday", "b-day", "b'day",
        "geboren", "geb", "nacido", "nacida", "nascido", "nascida", "nato il", "nata il", "naissance", "nacimiento", "nascimento",
        "nascita", "geburtsdatum", "happy", "b.",
        // Polish, Turkish, Czech, Romanian, Nordic, Vietnamese and Indonesian birth words (written without accents: the cue walk
        // folds "doğumlu", "född", "născut", "sinh ngày" to them), and the other languages' "was born" forms: with a date or year.
        "urodzon*", "urodzil*", "data urodzenia", "ur.", "dogumlu", "dogum tarihi", "dogdu", "narozen*", "datum narozeni", "nar.",
        "nascut", "nascuta", "data nasterii", "fodd", "fodelsedatum", "fodt", "fodselsdato", "syntynyt", "syntymaaika", "sinh ngay",
        "ngay sinh", "sinh nam", "lahir", "tanggal lahir", "tgl lahir", "nasceu", "nacio", "nato a", "nata a", "nato nel", "nata nel",
        "ne le", "nee le", "geboortedatum", "szuletett",
        // A baby's or a child's age ("just 2 years and 4 months old", "9 weeks old") and the formal "58 years of age": with the
        // number right before.
        "months old", "month old", "month-old", "weeks old", "week old", "week-old", "years of age",
        "year of age", "months of age",
        "出生", "生于", "生日", "岁", "年龄", "周岁", "日生", "号生", "月生", "年生", "出生年月", "生辰", "刚满", "年满", "大寿", "虚岁",
        // Obituaries and Cantonese (享年八十三, 终年, 九三年十月出世).
        "享年", "终年", "出世", "享寿",
        // Retirement age said of a person (已到法定退休年龄, 到龄退休, 年届六十, 花甲之年): an age without a number.
        "退休年龄", "到龄", "年届", "花甲", "古稀", "耄耋",
        // An age without 岁 ("下个月就满六十了", "明年就七十了", "今年四十三，"): only with the age right after (ChineseAgeFollows).
        "满", "今年", "明年",
        // The zodiac year of a person (属龙, 属马), a two-digit birth year (八八年的, 86年的), a lunar birthday (腊月初八生,
        // 农历正月十五生日) and a day before 生的 (初八生的, 六号生的): each checked in Confirms.
        "属鼠", "属牛", "属虎", "属兔", "属龙", "属蛇", "属马", "属羊", "属猴", "属鸡", "属狗", "属猪", "年的", "农历", "阴历", "腊月",
        "正月", "生的", "DATEDIF", "YEARFRAC");

    public override string Name => "person_birth_date";

    public override SensitivityLevel Level => SensitivityLevel.High;

    public override string Evidence => "name with birth date or age";

    protected override CueSet Cues => BirthCues;

    protected override RecordTables.Columns TableColumn => RecordTables.Columns.Birth;

    // "born" and "age" are everyday words ("the idea was born", "in the age of"): a number must follow closely ("born" also
    // takes a month, "born on the fifth of June"); "turns" a number or a number word ("turns 40", "turned forty"); a decade
    // word a person's "his"/"her" before it ("in her early sixties", not "the sixties"); "birth control" is no birth date.
    protected override bool Confirms(string text, TextSpan name, TextSpan cue)
    {
        var word = text.AsSpan(cue.Start, cue.End - cue.Start);
        if (word.StartsWith("turn", StringComparison.OrdinalIgnoreCase))
        {
            var after = After(text, cue, 12);
            return after.ContainsAnyInRange('0', '9') || NumberWords.Any(after);
        }
        if (word.EndsWith("ties", StringComparison.OrdinalIgnoreCase))
        {
            var before = text.AsSpan(Math.Max(0, cue.Start - 14), cue.Start - Math.Max(0, cue.Start - 14));
            return before.Contains("his ", StringComparison.OrdinalIgnoreCase) || before.Contains("her ", StringComparison.OrdinalIgnoreCase)
                || before.Contains("their ", StringComparison.OrdinalIgnoreCase);
        }
        if (word.StartsWith("birth", StringComparison.OrdinalIgnoreCase))
        {
            // "from his birth around 1745 to his death": a life told from a birth before 1900 is history (nineteenth pass); not a
            // record's "Date of birth? A: 2 Mehr 1369" (a Persian or Hijri year is a living person's).
            return !After(text, cue, 9).StartsWith(" control", StringComparison.OrdinalIgnoreCase)
                && !(NarratedBirth(text, cue.Start) && HistoricalYear(After(text, cue, 30)));
        }
        if (word.Equals("happy", StringComparison.OrdinalIgnoreCase))
        {
            var wish = After(text, cue, 8).TrimStart(' ');
            var digits = wish.IndexOfAnyExceptInRange('0', '9');
            return digits is 1 or 2 && wish[digits..] is var rest
                && (rest.StartsWith("th", StringComparison.Ordinal) || rest.StartsWith("st", StringComparison.Ordinal)
                    || rest.StartsWith("nd", StringComparison.Ordinal) || rest.StartsWith("rd", StringComparison.Ordinal));
        }
        // "(b. 14/03/1991, Busan)", "b. 1962": the abbreviation only with the date right after it.
        if (IsAgeFormula(word))
        {
            return AgeFormulaDate(text, cue);
        }
        // Any case: the cue walk matches "pid" too, and a process id ("pid=3312 gc pause 912ms heap 3.1GB", a JVM or daemon log
        // line) is no PID segment (seventeenth pass: it fell through to the cues that need nothing more).
        if (word.Equals("PID", StringComparison.OrdinalIgnoreCase))
        {
            return PidBirthDate(text, cue);
        }
        if (word.Equals("b.", StringComparison.OrdinalIgnoreCase))
        {
            var date = After(text, cue, 3).TrimStart(' ');
            return !date.IsEmpty && char.IsAsciiDigit(date[0]);
        }
        if (cue.End - cue.Start <= 16 && ForeignBirthWords.Contains(LatinFold.ToAscii(word, stackalloc char[16])))
        {
            // "urodzona 03.11.1985", "1987 doğumlu", "ur. 4 maja 1990": a digit soon after, or a year right before.
            var before = text.AsSpan(Math.Max(0, cue.Start - 6), cue.Start - Math.Max(0, cue.Start - 6));
            var following = After(text, cue, word[^1] == '.' ? 4 : 30);
            return (following.ContainsAnyInRange('0', '9') || (before.TrimEnd(' ') is [.., >= '0' and <= '9'] && word[^1] != '.'))
                && !HistoricalYear(After(text, cue, 30)) && !HistoricalYear(before);
        }
        if (((word.StartsWith("month", StringComparison.OrdinalIgnoreCase) || word.StartsWith("week", StringComparison.OrdinalIgnoreCase))
                && word.EndsWith("old", StringComparison.OrdinalIgnoreCase))
            || word.EndsWith(" of age", StringComparison.OrdinalIgnoreCase))
        {
            // The name is what is that old: it ends shortly before ("Alfie Brennan is just 1 year and 7 months old").
            var start = Math.Max(0, cue.Start - 12);
            var before = text.AsSpan(start, cue.Start - start);
            return (before.ContainsAnyInRange('0', '9') || NumberWords.Any(before)) && name.End <= cue.Start && cue.Start - name.End <= 30;
        }
        if (word is "满" or "今年" or "明年")
        {
            return ChineseAgeFollows(text.AsSpan(cue.End));
        }
        if (word.Length == 2 && word[0] == '属')
        {
            // Not 金属, 附属, 下属, 亲属, 家属, 归属 … before it.
            return cue.Start == 0 || !NotZodiacBefore.Contains(text[cue.Start - 1]);
        }
        if (word is "年的")
        {
            return TwoDigitYearBefore(text, cue.Start) && YearOfBirthEnds(text.AsSpan(cue.End));
        }
        if (word is "农历" or "阴历" or "腊月" or "正月")
        {
            // A lunar date said of a birth: 生日, 生的, 出生 or a day and 生 (初八生) within the next few characters.
            return BirthWordIn(After(text, cue, 10));
        }
        if (word is "生的")
        {
            return DayBefore(text, cue.Start);
        }
        if (!DateFollows.Contains(word))
        {
            return true;
        }
        var window = After(text, cue, word.Length == 3 ? 8 : 30);
        // "born" also takes a year read out in words ("born nineteen seventy two", "born in two thousand and twelve").
        return (window.ContainsAnyInRange('0', '9') || (word.Length == 4 && (Months.Any(window) || SpokenYear.Any(window))) || HanNumeralYear(window))
            && !HistoricalYear(window);
    }

    // 生于一九三八年, 出生于二〇〇一年: a year read digit by digit in Chinese numerals, as a genealogy or an obituary writes it.
    private static bool HanNumeralYear(ReadOnlySpan<char> window)
    {
        var run = 0;
        foreach (var c in window)
        {
            if (c == '年' && run == 4)
            {
                return true;
            }
            run = "〇零一二三四五六七八九".Contains(c) ? run + 1 : 0;
        }
        return false;
    }

    // "PID|1||4471^^^MRN||THORNBURY^ALARIC||19570412|M": a PID segment whose field after the name's is a date (YYYYMMDD, 19xx or
    // 20xx) holds the patient's date of birth.
    private static bool PidBirthDate(string text, TextSpan cue)
    {
        if (cue.End >= text.Length || text[cue.End] != '|')
        {
            return false;
        }
        var lineEnd = text.IndexOf('\n', cue.End);
        var segment = text.AsSpan(cue.End, (lineEnd < 0 ? text.Length : lineEnd) - cue.End);
        var fields = 0;
        foreach (var range in segment.Split('|'))
        {
            var field = segment[range];
            if (++fields > 9)
            {
                break;
            }
            if (field.Length >= 8 && !field[..8].ContainsAnyExceptInRange('0', '9') && field[..2] is "19" or "20")
            {
                return true;
            }
        }
        return false;
    }

    // "his birth", "her birth", "their birth": a life story's birth, not a record's field.
    private static bool NarratedBirth(string text, int at)
    {
        var before = text.AsSpan(0, at).TrimEnd(' ');
        return before.EndsWith("his", StringComparison.OrdinalIgnoreCase) || before.EndsWith("her", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith("their", StringComparison.OrdinalIgnoreCase);
    }

    // A birth year before 1900 and none later is a historical person's ("born in Toruń in 1473", "urodził się … w 1473 roku"),
    // not anyone's record: four digits standing alone from 1000 to 1899.
    private static bool HistoricalYear(ReadOnlySpan<char> window)
    {
        var historical = false;
        for (var i = 0; i < window.Length; i++)
        {
            if (!char.IsAsciiDigit(window[i]))
            {
                continue;
            }
            var length = window[i..].IndexOfAnyExceptInRange('0', '9') is var stop and >= 0 ? stop : window.Length - i;
            if (length == 4)
            {
                var year = int.Parse(window.Slice(i, 4), provider: System.Globalization.CultureInfo.InvariantCulture);
                if (year >= 1900)
                {
                    return false;
                }
                historical |= year >= 1000;
            }
            i += length;
        }
        return historical;
    }

    // An age set off right after a name, as records and profiles write it: "Tobias Krüger, 29, Berlin", "Ana Silva (34)",
    // "Agnes Whitlow, 83." — one to three digits (1–119) after ", " or " (", then a comma, semicolon, bracket, full stop, dash
    // or the line's end; not "Flat 3, 12 Elm Road" (a street word follows no such number) nor "$1,200" (no space after the comma).
    protected override List<TextSpan>? FindBesideName(string text)
    {
        List<TextSpan>? ages = null;
        for (var at = text.IndexOfAny(AgeOpeners); at >= 0 && at + 2 < text.Length; at = text.IndexOfAny(AgeOpeners, at + 1))
        {
            var start = text[at] == ',' ? at + 2 : at + 1;
            if ((text[at] == ',' && text[at + 1] != ' ') || (text[at] == '(' && (at == 0 || text[at - 1] != ' ')))
            {
                continue;
            }
            var end = start;
            while (end < text.Length && end - start < 4 && char.IsAsciiDigit(text[end]))
            {
                end++;
            }
            var digits = end - start;
            if (digits is < 1 or > 3 || (digits == 3 && text[start] != '1') || text[start] == '0')
            {
                continue;
            }
            var closes = end == text.Length || text[end] is ',' or ';' or '\n' or '\r'
                || (text[at] == '(' && text[end] == ')')
                || (text[end] == '.' && (end + 1 == text.Length || text[end + 1] is ' ' or '\n'))
                || (text[end] == ' ' && end + 1 < text.Length && text[end + 1] is '—' or '–' or '-');
            if (closes && (digits < 3 || text[start + 1] is '0' or '1'))
            {
                (ages ??= []).Add(new TextSpan(start, end));
            }
        }
        AddAgeStatements(text, ref ages);
        AddRelationAges(text, ref ages);
        AddBirthColumnRows(text, ref ages);
        AddChineseAgesAfterName(text, ref ages);
        AddChineseRowBirthDates(text, ref ages);
        return ages;
    }

    // "我外婆缪桂兰八十三了", "家母邝秀英，都八十三了": an age without 岁 right after a name (an optional comma and 都/已经/快…),
    // in Chinese numerals with a ten and then 了 or 岁 (ChineseAgeFollows also takes a comma or the end; here 了/岁 must follow).
    private static void AddChineseAgesAfterName(string text, ref List<TextSpan>? ages)
    {
        for (var at = text.IndexOf('十'); at >= 0; at = text.IndexOf('十', at + 1))
        {
            var start = at > 0 && Digit(text[at - 1]) > 0 ? at - 1 : at;
            var end = at + 1 < text.Length && Digit(text[at + 1]) > 0 ? at + 2 : at + 1;
            if (end >= text.Length || text[end] is not ('了' or '岁') || !ChineseAgeFollows(text.AsSpan(start)))
            {
                continue;
            }
            foreach (var adverb in AgeAdverbs)
            {
                if (start >= adverb.Length && text.AsSpan(start - adverb.Length, adverb.Length).SequenceEqual(adverb))
                {
                    start -= adverb.Length;
                    break;
                }
            }
            if (start > 0 && text[start - 1] is '，' or ',')
            {
                start--;
            }
            (ages ??= []).Add(new TextSpan(start, end + 1));
        }
    }

    // A table or export whose header names a birth-date column ("| Name | Born | City |", "name;dob;city"): every row under it
    // with a number in that column is a person and a birth date, so each cell border of such a row is evidence for the name
    // that ends right before it.
    private static readonly CueSet BirthColumn = new(
        "born", "DOB", "D.O.B", "D.O.B.", "date of birth", "birth date", "birthdate", "birthday", "geburtsdatum", "geboren",
        "fecha de nacimiento", "date de naissance", "data di nascita", "data de nascimento", "geboortedatum");

    private static void AddBirthColumnRows(string text, ref List<TextSpan>? ages)
    {
        var span = text.AsSpan();
        if (span.IndexOfAny('|', '\t') < 0 && (span.IndexOfAny(';', ',') < 0 || span.IndexOf('\n') < 0))
        {
            return;
        }
        var headers = new List<TextSpan>();
        BirthColumn.FindAll(text, headers);
        foreach (var header in headers)
        {
            if (HeaderCell(text, header) is not { } cell)
            {
                continue;
            }
            var (delimiter, column) = cell;
            var lineEnd = text.IndexOf('\n', header.End);
            while (lineEnd >= 0 && lineEnd + 1 < text.Length)
            {
                var start = lineEnd + 1;
                var end = text.IndexOf('\n', start);
                var row = text.AsSpan(start, (end < 0 ? text.Length : end) - start);
                if (row.Trim(" \r").IsEmpty || row.IndexOf(delimiter) < 0)
                {
                    break;
                }
                if (CellHasDigit(row, delimiter, column))
                {
                    for (var at = row.IndexOf(delimiter); at >= 0; at = row[(at + 1)..].IndexOf(delimiter) is var next and >= 0 ? at + 1 + next : -1)
                    {
                        (ages ??= []).Add(new TextSpan(start + at, start + at + 1));
                    }
                }
                lineEnd = end;
            }
        }
    }

    // The header cell's delimiter and column (cells before it on its line), when the cue fills a cell of a delimited line.
    private static (char Delimiter, int Column)? HeaderCell(string text, TextSpan header)
    {
        var lineStart = header.Start == 0 ? 0 : text.LastIndexOf('\n', header.Start - 1) + 1;
        var lineEnd = text.IndexOf('\n', header.End);
        var before = text.AsSpan(lineStart, header.Start - lineStart).TrimEnd(' ');
        var after = text.AsSpan(header.End, (lineEnd < 0 ? text.Length : lineEnd) - header.End).TrimStart(' ');
        foreach (var delimiter in "|\t;,")
        {
            if ((before.IsEmpty || before[^1] == delimiter) && (after.Trim(" \r").IsEmpty || after[0] == delimiter)
                && (before.Contains(delimiter) || after.Contains(delimiter)))
            {
                var column = before.Count(delimiter) - (before.TrimStart(' ').StartsWith(delimiter) ? 1 : 0);
                return (delimiter, column);
            }
        }
        return null;
    }

    private static bool CellHasDigit(ReadOnlySpan<char> row, char delimiter, int column)
    {
        var trimmed = row.TrimStart(' ');
        if (delimiter == '|' && trimmed.StartsWith('|'))
        {
            trimmed = trimmed[1..];
        }
        for (var k = 0; k < column; k++)
        {
            var at = trimmed.IndexOf(delimiter);
            if (at < 0)
            {
                return false;
            }
            trimmed = trimmed[(at + 1)..];
        }
        var close = trimmed.IndexOf(delimiter);
        var cell = close >= 0 ? trimmed[..close] : trimmed;
        return cell.IndexOfAnyInRange('0', '9') >= 0;
    }

    private static readonly char[] AgeOpeners = [',', '('];

    // After 满/今年/明年: an optional 就/都/也/才/已经/快/刚 (and 满), then an age of 13–119 in Chinese numerals with a ten (三十,
    // 六十五, 十八) or in digits, then 了, 啦, 岁, a comma, a full stop or the end: not 满意, 今年三十个项目, 今年五十万.
    internal static bool ChineseAgeFollows(ReadOnlySpan<char> rest)
    {
        foreach (var adverb in AgeAdverbs)
        {
            if (rest.StartsWith(adverb, StringComparison.Ordinal))
            {
                rest = rest[adverb.Length..];
                break;
            }
        }
        if (rest.StartsWith("满", StringComparison.Ordinal))
        {
            rest = rest[1..];
        }
        var length = 0;
        var age = 0;
        if (rest.Length > 0 && char.IsAsciiDigit(rest[0]))
        {
            while (length < rest.Length && length < 4 && char.IsAsciiDigit(rest[length]))
            {
                age = (age * 10) + rest[length] - '0';
                length++;
            }
        }
        else
        {
            var tens = rest.Length > 1 && rest[1] == '十' ? Digit(rest[0]) : rest.Length > 0 && rest[0] == '十' ? 1 : -1;
            length = rest.Length > 1 && rest[1] == '十' ? 2 : 1;
            if (tens < 1)
            {
                return false;
            }
            // 七十有三: a classical "and" between the tens and the units.
            if (length + 1 < rest.Length && rest[length] == '有' && Digit(rest[length + 1]) > 0)
            {
                length++;
            }
            var units = length < rest.Length ? Digit(rest[length]) : -1;
            age = (tens * 10) + Math.Max(0, units);
            length += units > 0 ? 1 : 0;
        }
        return age is >= 13 and <= 119
            && (length == rest.Length || rest[length] is '了' or '啦' or '岁' or '，' or ',' or '。' or '！' or '!' or ' ' or '\n' or '；'
                || StartsWithAny(rest[length..], RetirementAfterAge));
    }

    // 满六十周岁, 满五十五正式退休, 满60就退休: the age a person reaches, then retirement (not 满30周, a pregnancy's weeks).
    private static readonly string[] RetirementAfterAge = ["周岁", "退休", "正式退", "就退", "要退", "可以退", "该退", "办退", "到龄"];

    private static bool StartsWithAny(ReadOnlySpan<char> rest, string[] words)
    {
        foreach (var word in words)
        {
            if (rest.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] AgeAdverbs = ["已经", "就", "都", "也", "才", "快", "刚"];

    private static readonly System.Buffers.SearchValues<char> NotZodiacBefore = System.Buffers.SearchValues.Create("金附下归隶亲家专从所直纯实");

    private static bool IsYearDigit(char c) => char.IsAsciiDigit(c) || "〇零一二三四五六七八九".Contains(c);

    // 八八年的, 86年的, 〇二年的: exactly two digits before 年 (not 1988年的, which is any year's).
    private static bool TwoDigitYearBefore(string text, int at) =>
        at >= 2 && IsYearDigit(text[at - 1]) && IsYearDigit(text[at - 2]) && (at == 2 || !IsYearDigit(text[at - 3]));

    // The year is what the person is: the clause ends after 的 (八八年的，属龙), not a noun (八八年的时候, 八八年的人).
    private static bool YearOfBirthEnds(ReadOnlySpan<char> rest) =>
        rest.IsEmpty || rest[0] is '，' or ',' or '。' or '、' or '；' or ' ' or '\n' or '！' or '吧' or '啊' or '呢' or '）' or ')';

    private static bool BirthWordIn(ReadOnlySpan<char> window)
    {
        for (var at = window.IndexOf('生'); at >= 0; at = window[(at + 1)..].IndexOf('生') is var next and >= 0 ? at + 1 + next : -1)
        {
            if ((at + 1 < window.Length && window[at + 1] is '日' or '的') || (at > 0 && (window[at - 1] == '出' || IsYearDigit(window[at - 1]) || window[at - 1] is '十' or '号' or '日')))
            {
                return true;
            }
        }
        return false;
    }

    // 初八生的, 十五生的, 六号生的, 三月生的: a day or a month right before 生的.
    private static bool DayBefore(string text, int at)
    {
        if (at < 2)
        {
            return false;
        }
        var last = text[at - 1];
        if (last is '号' or '日' or '月')
        {
            return IsYearDigit(text[at - 2]) || text[at - 2] is '十' or '初' or '正' or '腊' or '冬';
        }
        return IsYearDigit(last) && text[at - 2] is '初' or '十' or '廿';
    }

    private static int Digit(char c) => "一二三四五六七八九".IndexOf(c) + 1 is var d && d > 0 ? d : c == '两' ? 2 : -1;

    // Everyday words, or birth words of other languages, that count only with a number (or a month) right after them.
    // The other languages' birth words above: a date or year must stand beside them.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ForeignBirthWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "urodzony", "urodzona", "urodzonego", "urodzonej", "urodzil", "urodzila", "urodzilo", "data urodzenia", "ur.", "dogumlu",
        "dogum tarihi", "dogdu", "narozen", "narozena", "narozeny", "narozeni", "datum narozeni", "nar.", "nascut", "nascuta",
        "data nasterii", "fodd", "fodelsedatum", "fodt", "fodselsdato", "syntynyt", "syntymaaika", "sinh ngay", "ngay sinh",
        "sinh nam", "lahir", "tanggal lahir", "tgl lahir", "nasceu", "nacio", "nato a", "nata a", "nato nel", "nata nel", "ne le",
        "nee le", "geboortedatum", "szuletett",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DateFollows = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "born", "age", "geboren", "geb", "nacido", "nacida", "nascido", "nascida",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // Right after a name: "… is ninety-one and lives alone", "… will be sixty in March", "…, née le 4 mars 1962": the verb (or
    // the French birth word) and an age of 13–119 in digits or words, then the clause goes on with a time or ends.
    private static void AddAgeStatements(string text, ref List<TextSpan>? ages)
    {
        foreach (var verb in AgeVerbs)
        {
            for (var at = text.IndexOf(verb, StringComparison.Ordinal); at >= 0; at = text.IndexOf(verb, at + verb.Length, StringComparison.Ordinal))
            {
                var rest = text.AsSpan(at + verb.Length);
                // A child's age after the writer's own child or relative ("my son Fintan is 9", KinNames) as after "will be"/"turns".
                if (verb[1] == 'n' ? rest.IndexOfAnyInRange('0', '9') is >= 0 and <= 6
                    : AgeWords.AgeThen(rest) || (verb[1] != 'i' && AgeWords.ChildAgeThenTime(rest))
                        || (verb[1] == 'i' && KinNames.ChildAgeThen(rest) && KinNames.NameAfterKinEndsAt(text, at)))
                {
                    (ages ??= []).Add(new TextSpan(AsideStart(text, at), at + verb.Length));
                }
            }
        }
    }

    // "Priya Natarajan (Year 4) will be nine on …": a short bracketed aside between the name and the verb belongs to the name.
    private static int AsideStart(string text, int at)
    {
        if (at > 0 && text[at - 1] == ')')
        {
            var open = text.LastIndexOf('(', at - 1, Math.Min(at, 30));
            if (open > 0 && text[open - 1] == ' ' && text.AsSpan(open, at - open).IndexOfAny('\n', '.') < 0)
            {
                return open;
            }
        }
        return at + 1;
    }

    private static readonly string[] AgeVerbs = [" is ", " will be ", " turns ", " né le ", " née le ", " né en ", " née en "];

    private static ReadOnlySpan<char> After(string text, TextSpan cue, int reach) =>
        text.AsSpan(cue.End, Math.Min(text.Length, cue.End + reach) - cue.End);

    private static readonly CueSet Months = new(
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december");

    private static readonly CueSet SpokenYear = new("nineteen", "two thousand", "twenty twenty", "twenty ten", "twenty eleven", "twenty twelve");

    private static readonly CueSet NumberWords = new(
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
        "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty*", "thirty*", "forty*", "fifty*", "sixty*", "seventy*",
        "eighty*", "ninety*", "a hundred");

    /// <summary>An age of 13–119 at the start of a text, in digits or English words, followed by a time, "and", "years" or an end.</summary>
    internal static class AgeWords
    {
        private static readonly string[] Teens = ["thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        private static readonly string[] Tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        private static readonly string[] Units = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
        private static readonly string[] Then =
            [" and", " years", " yrs", " next", " in ", " on ", " this", " tomorrow", " today", " soon", " now", " already", ",", ".", ";", "!", ")"];

        private static readonly string[] TimeAfter = [" on ", " in ", " next ", " this ", " tomorrow", " today", " soon", " years old"];

        /// <summary>
        /// A child's age of 1–12 in digits or words followed by a time ("will be nine on 12 January", "turns 7 next week"): only
        /// after "will be" or "turns", where a small number with a date is an age ("is two in …" is too common in prose).
        /// </summary>
        public static bool ChildAgeThenTime(ReadOnlySpan<char> rest)
        {
            var length = KinNames.ChildAgeLength(rest);
            if (length == 0)
            {
                return false;
            }
            var after = rest[length..];
            foreach (var time in TimeAfter)
            {
                if (after.StartsWith(time, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
            return false;
        }

        public static bool AgeThen(ReadOnlySpan<char> rest)
        {
            var length = AgeLength(rest);
            if (length == 0)
            {
                return false;
            }
            var after = rest[length..];
            if (after.IsEmpty)
            {
                return true;
            }
            foreach (var then in Then)
            {
                if (after.StartsWith(then, StringComparison.OrdinalIgnoreCase)
                    && (then.Length == 1 || after.Length == then.Length || !char.IsLetter(after[then.Length]) || then[^1] == ' '))
                {
                    // "1.5" or "40,000" are numbers, not an age and a full stop or comma.
                    return then.Length > 1 || after.Length == 1 || !char.IsAsciiDigit(after[1]);
                }
            }
            return false;
        }

        private static int AgeLength(ReadOnlySpan<char> rest)
        {
            var digits = rest.IndexOfAnyExceptInRange('0', '9');
            digits = digits < 0 ? rest.Length : digits;
            if (digits > 0)
            {
                return digits <= 3 && int.Parse(rest[..digits]) is >= 13 and <= 119 ? digits : 0;
            }
            foreach (var teen in Teens)
            {
                if (rest.StartsWith(teen, StringComparison.OrdinalIgnoreCase))
                {
                    return teen.Length;
                }
            }
            foreach (var ten in Tens)
            {
                if (!rest.StartsWith(ten, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }
                if (rest.Length > ten.Length + 1 && rest[ten.Length] is '-' or ' ')
                {
                    foreach (var unit in Units)
                    {
                        if (rest[(ten.Length + 1)..].StartsWith(unit, StringComparison.OrdinalIgnoreCase))
                        {
                            return ten.Length + 1 + unit.Length;
                        }
                    }
                }
                return ten.Length;
            }
            return 0;
        }
    }
}
