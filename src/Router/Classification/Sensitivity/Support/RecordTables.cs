namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Tables as records (fourteenth pass, issue 15): a markdown, pipe, tab, semicolon or CSV table whose header names people
/// ("| Tenant | Unit | Rent due |", "Employee,Department,Start", "姓名\t年龄") and whose rows hold a person's name in that
/// column. A table that lists private people under a record role (Tenant, Client, Employee, Patient, Member, Guest, Student…,
/// 租户, 员工, 客户, 患者, 学员) is a record of each of them; a column of birth dates or ages, of pay or debts, or of conditions
/// makes each row that kind of personal data, even under a bare "Name" header. A table of products, cities or companies has no
/// person column; a template's rows hold placeholders or nothing, so no name is found in them. Read once per request
/// (<see cref="PersonScan.TableRows"/>), only where a name is.
/// </summary>
internal static class RecordTables
{
    /// <summary>What a table row says about the person named in it.</summary>
    [Flags]
    internal enum Columns
    {
        None = 0,
        Role = 1,
        Birth = 2,
        Pay = 4,
        Health = 8,
        // A bare name column ("Name", "Full name", 姓名): a person, but no record role by itself.
        Person = 16,
        // A column of things ("Product", "Item", "City", "Company"): a capitalised pair in it ("Oak Desk") names no person.
        Thing = 32,
    }

    internal readonly record struct Row(TextSpan Name, Columns Kinds);

    // Header words, read lower-case with '_' and '-' as spaces and a trailing " name"/" full name" taken off ("Tenant name",
    // "employee_full_name"). Roles are the people a business, school, clinic or landlord keeps records of.
    private static readonly Dictionary<string, Columns> HeaderWords = Build();

    private static Dictionary<string, Columns> Build()
    {
        var words = new Dictionary<string, Columns>(StringComparer.Ordinal);
        foreach (var w in new[]
        {
            "tenant", "tenants", "client", "clients", "customer", "customers", "employee", "employees", "staff", "staff member", "patient",
            "patients", "member", "members", "guest", "guests", "student", "students", "pupil", "pupils", "learner", "trainee", "intern",
            "resident", "residents", "applicant", "applicants", "candidate", "candidates", "borrower", "debtor", "lodger", "occupant",
            "volunteer", "volunteers", "participant", "participants", "attendee", "attendees", "recipient", "recipients", "beneficiary",
            "beneficiaries", "passenger", "policyholder", "claimant", "worker", "workers", "child", "child's", "children",
            "contractor", "pet owner", "parent", "guardian", "couple", "bride", "groom",
            "租户", "租客", "员工", "职工", "客户", "患者", "病人", "学员", "学生", "住户", "业主", "会员", "房客", "申请人", "借款人",
            "收件人", "受助人", "参会人", "学员姓名", "员工姓名", "客户姓名", "患者姓名", "租户姓名", "学生姓名",
        })
        {
            words[w] = Columns.Role;
        }
        foreach (var w in new[] { "name", "names", "full name", "person", "contact", "姓名", "名字" })
        {
            words[w] = Columns.Person;
        }
        foreach (var w in new[]
        {
            "dob", "d.o.b", "d.o.b.", "date of birth", "birth date", "birthdate", "birthday", "born", "age", "age (years)", "geburtsdatum",
            "fecha de nacimiento", "date de naissance", "data de nascimento", "data di nascita", "出生日期", "出生年月", "生日", "年龄",
        })
        {
            words[w] = Columns.Birth;
        }
        foreach (var w in new[]
        {
            "salary", "annual salary", "base salary", "monthly salary", "gross salary", "salary (gross)", "pay", "gross pay", "net pay",
            "monthly pay", "pay rate", "hourly rate", "wage", "wages", "bonus", "income", "amount owed", "owed", "owes", "arrears",
            "balance due", "outstanding", "outstanding balance", "debt", "overdue", "salário", "salario", "sueldo", "salaire", "gehalt",
            "工资", "薪资", "月薪", "年薪", "薪酬", "欠款", "欠费",
        })
        {
            words[w] = Columns.Pay;
        }
        foreach (var w in new[]
        {
            "condition", "conditions", "medical condition", "medical conditions", "diagnosis", "allergy", "allergies", "medical",
            "medical notes", "medical info", "health", "health notes", "health issues", "medication", "medications", "illness",
            "disability", "dietary/medical", "medical/dietary", "诊断", "病情", "过敏", "病史", "疾病", "过敏史",
        })
        {
            words[w] = Columns.Health;
        }
        foreach (var w in new[]
        {
            "product", "products", "item", "items", "description", "service", "services", "sku", "model", "city", "cities", "country",
            "town", "region", "company", "companies", "brand", "supplier", "vendor", "title", "book", "film", "movie", "dish", "course",
            "module", "project", "team", "venue", "location", "destination", "hotel", "restaurant", "station", "street", "product name",
            "item name", "company name", "project name", "team name", "产品", "商品", "城市", "公司", "项目",
        })
        {
            words[w] = Columns.Thing;
        }
        return words;
    }

    // Cells that hold no value: a template's placeholders and blanks.
    private static bool IsBlank(ReadOnlySpan<char> cell)
    {
        cell = cell.Trim(" \t*_-–—.:/");
        return cell.IsEmpty || cell.Equals("n/a", StringComparison.OrdinalIgnoreCase) || cell.Equals("none", StringComparison.OrdinalIgnoreCase)
            || cell.Equals("nil", StringComparison.OrdinalIgnoreCase) || cell.Equals("0", StringComparison.Ordinal)
            || cell.Equals("0.00", StringComparison.Ordinal) || cell.Equals("无", StringComparison.Ordinal)
            || cell[0] is '[' or '{' or '<' or '(' || cell.ContainsAny("[]{}<>");
    }

    /// <summary>Whether the text may hold a delimited table at all (cheap).</summary>
    public static bool MayHave(string text)
    {
        var span = text.AsSpan();
        return span.IndexOf('\n') >= 0 && span.IndexOfAny("|\t,;") >= 0;
    }

    /// <summary>
    /// Every row of a person table whose person cell holds one of the <paramref name="scan"/>'s names, and (as <see cref="Columns.Thing"/>
    /// rows) every name found in a cell of a column of things.
    /// </summary>
    public static List<Row> Find(string text, PersonScan scan) => Find(text, scan, rowGate: true);

    /// <summary>
    /// <see cref="Find(string, PersonScan)"/>; without <paramref name="rowGate"/> (tests) every delimited line's cells are read as a
    /// header, as before the gate.
    /// </summary>
    internal static List<Row> Find(string text, PersonScan scan, bool rowGate)
    {
        var rows = new List<Row>();
        if (!MayHave(text))
        {
            return rows;
        }
        var header = new List<TextSpan>();
        var cells = new List<TextSpan>();
        for (var lineStart = 0; lineStart < text.Length;)
        {
            var lineEnd = LineEnd(text, lineStart);
            // A header reads rows only up to the first line without its delimiter: where the next line has none (prose with
            // commas, a paragraph's last line), no rows can follow, so its cells are not split and looked up.
            if (Delimiter(text.AsSpan(lineStart, lineEnd - lineStart)) is { } delimiter
                && (!rowGate || NextLineHas(text, lineEnd, delimiter))
                && ReadHeader(text, lineStart, lineEnd, delimiter, header) is { } columns)
            {
                lineStart = ReadRows(text, scan, lineEnd, delimiter, header.Count, columns, cells, rows);
                continue;
            }
            lineStart = lineEnd + 1;
        }
        return rows;
    }

    private static bool NextLineHas(string text, int lineEnd, char delimiter)
    {
        if (lineEnd + 1 >= text.Length)
        {
            return false;
        }
        var next = LineEnd(text, lineEnd + 1);
        return text.AsSpan(lineEnd + 1, next - lineEnd - 1).Contains(delimiter);
    }

    private static int LineEnd(string text, int from)
    {
        var end = text.IndexOf('\n', from);
        return end < 0 ? text.Length : end;
    }

    private static char? Delimiter(ReadOnlySpan<char> line) =>
        line.Length > 300 ? null : line.Contains('|') ? '|' : line.Contains('\t') ? '\t' : line.Contains(';') ? ';' : line.Contains(',') ? ',' : null;

    // The cells of one line, trimmed; a pipe table's outer bars open and close no cell.
    private static void Split(string text, int start, int end, char delimiter, List<TextSpan> cells)
    {
        cells.Clear();
        while (start < end && text[start] is ' ' or '\r')
        {
            start++;
        }
        while (end > start && text[end - 1] is ' ' or '\r')
        {
            end--;
        }
        if (delimiter == '|' && start < end && text[start] == '|')
        {
            start++;
        }
        if (delimiter == '|' && end > start && text[end - 1] == '|')
        {
            end--;
        }
        for (var at = start; at <= end;)
        {
            var next = text.AsSpan(at, end - at).IndexOf(delimiter);
            var cellEnd = next < 0 ? end : at + next;
            var s = at;
            var e = cellEnd;
            while (s < e && char.IsWhiteSpace(text[s]))
            {
                s++;
            }
            while (e > s && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }
            cells.Add(new TextSpan(s, e));
            at = cellEnd + 1;
        }
    }

    // The kind of each header cell when one of them is a person column: short cells only (a header, not a sentence with commas).
    private static Columns[]? ReadHeader(string text, int start, int end, char delimiter, List<TextSpan> header)
    {
        Split(text, start, end, delimiter, header);
        if (header.Count < 2)
        {
            return null;
        }
        Columns[]? columns = null;
        for (var k = 0; k < header.Count; k++)
        {
            var cell = text.AsSpan(header[k].Start, header[k].End - header[k].Start);
            if (cell.Length > 30 || cell.Count(' ') > 3)
            {
                return null;
            }
            var kind = HeaderKind(cell);
            if (kind != Columns.None)
            {
                columns ??= new Columns[header.Count];
                columns[k] = kind;
            }
        }
        return columns is not null && Array.Exists(columns, c => (c & (Columns.Role | Columns.Person | Columns.Thing)) != 0) ? columns : null;
    }

    private static Columns HeaderKind(ReadOnlySpan<char> cell)
    {
        Span<char> buffer = stackalloc char[32];
        var key = cell.Trim(" *_:#`'\"");
        if (key.IsEmpty || key.Length > buffer.Length)
        {
            return Columns.None;
        }
        var length = key.ToLowerInvariant(buffer);
        var lower = buffer[..length];
        lower.Replace('_', ' ');
        lower.Replace('-', ' ');
        var words = HeaderWords.GetAlternateLookup<ReadOnlySpan<char>>();
        if (words.TryGetValue(lower, out var kind))
        {
            return kind;
        }
        // "Tenant name", "employee full name", "Client's name": the role before a name word.
        foreach (var suffix in (ReadOnlySpan<string>)[" full name", " name", "'s name", " names"])
        {
            if (lower.EndsWith(suffix, StringComparison.Ordinal) && words.TryGetValue(lower[..^suffix.Length], out kind) && kind == Columns.Role)
            {
                return kind;
            }
        }
        return Columns.None;
    }

    // The rows under a header, up to the first line without the delimiter; a markdown rule line (|---|:--:|) is skipped. Returns
    // where reading stopped.
    private static int ReadRows(string text, PersonScan scan, int headerEnd, char delimiter, int width, Columns[] columns, List<TextSpan> cells, List<Row> rows)
    {
        var lineStart = headerEnd + 1;
        while (lineStart < text.Length)
        {
            var lineEnd = LineEnd(text, lineStart);
            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            if (!line.Contains(delimiter))
            {
                break;
            }
            if (line.Trim(" \r|:-\t+").IsEmpty)
            {
                lineStart = lineEnd + 1;
                continue;
            }
            Split(text, lineStart, lineEnd, delimiter, cells);
            // A comma or semicolon line is a row only with the header's width (prose has commas too).
            if (delimiter is ',' or ';' ? cells.Count != width : cells.Count < 2)
            {
                break;
            }
            ReadRow(text, scan, columns, cells, rows);
            lineStart = lineEnd + 1;
        }
        return lineStart;
    }

    private static void ReadRow(string text, PersonScan scan, Columns[] columns, List<TextSpan> cells, List<Row> rows)
    {
        var kinds = Columns.None;
        TextSpan? name = null;
        for (var k = 0; k < columns.Length && k < cells.Count; k++)
        {
            var column = columns[k];
            var cell = cells[k];
            var value = text.AsSpan(cell.Start, cell.End - cell.Start);
            if (column == Columns.None || IsBlank(value))
            {
                continue;
            }
            if (column == Columns.Thing)
            {
                foreach (var found in scan.NamesBetween(cell.Start, cell.End))
                {
                    if (found.Start >= cell.Start && found.End <= cell.End)
                    {
                        rows.Add(new Row(found, Columns.Thing));
                    }
                }
            }
            else if ((column & (Columns.Role | Columns.Person)) != 0)
            {
                foreach (var found in scan.NamesBetween(cell.Start, cell.End))
                {
                    if (found.Start >= cell.Start && found.End <= cell.End)
                    {
                        name ??= found;
                        kinds |= column;
                        break;
                    }
                }
            }
            else if (column == Columns.Health || value.IndexOfAnyInRange('0', '9') >= 0)
            {
                // A birth date, an age or an amount has digits; a condition is words.
                kinds |= column;
            }
        }
        if (name is { } person)
        {
            rows.Add(new Row(person, kinds));
        }
    }
}
