using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// A named private person in a record role: patient, customer, client, employee, applicant, borrower,
/// tenant, recipient, colleague (患者, 客户, 员工, 借款人, 收件人, 同事…). The role must sit next to the name.
/// In Latin text it must also be the name's role (<see cref="RecordRole"/>): a label or title right before the name
/// ("Patient Ruth Anderson", "our client Jo Lee", "Recipient: …") or a noun phrase right after it ("…, a customer since
/// 2015", "… (patient)", "… is a patient of Dr. Moore"), not an adjective ("be patient"), a word that only qualifies
/// another noun ("customer service manager", "patient safety"), someone else's role or an award ("recipient of the … prize").
/// </summary>
internal sealed class PersonRecordDetector : PersonAttributeDetector
{
    // Internal awards given to a staff member, a volunteer or a pupil (declared before RoleCues, which lists them).
    private static readonly string[] AwardWords = [
        "employee of the month", "employee of the quarter", "employee of the year", "employee of the week", "volunteer of the month",
        "volunteer of the year", "staff member of the month", "team member of the month", "colleague of the month",
        "colleague of the year", "associate of the month", "student of the month", "student of the week", "pupil of the week",
        "pupil of the month", "star of the week", "star performer", "top performer", "long service award", "long-service award",
        "spot award", "nurse of the month", "carer of the month", "rookie of the month", "rookie of the year", "agent of the month",
        "driver of the month", "staff award", "staff recognition"];

    // Not "member", "candidate" or "resident": council members, election candidates and a town's residents are public or
    // general roles, not a record the writer keeps (tuning templates: 10 of 24 such sentences fired with them).
    internal static readonly CueSet RoleCues = new([
        "patient", "customer", "client", "employee", "applicant", "borrower", "tenant", "recipient", "colleague", "coworker",
        "co-worker", "policyholder", "claimant", "account holder", "cardholder", "new hire", "staff member", "guarantor", "beneficiary", "insured", "debtor", "lodger", "addressee", "consignee", "name:",
        "renter", "lessee", "leaseholder",
        // A service provider's own records (ServiceRoles): a hotel's guest, a ride's passenger, a marketplace buyer, an importer, a
        // witness, the deceased of a funeral file, a wedding's couple, and the recipient of an award given for need.
        "guest", "passenger", "rider", "buyer", "seller", "importer", "subscriber", "witness", "deceased", "the couple", "bride", "groom", "bride-to-be",
        "groom-to-be", "awarded to", "scholarship", "bursary", "hardship grant", "hardship fund", "grant recipient", "fee waiver",
        // A hiring record's candidate ("candidate Ingrid …", "the candidate, Ximena …"): only where the text speaks of hiring
        // and not of an election (HiringCandidate).
        "candidate",
        // A customer, patient or staff table of an SQL statement with the person's name as a quoted value in it (SqlTable).
        "customers", "patients", "clients", "employees", "tenants", "applicants", "borrowers", "candidates", "members", "students",
        // Custody, sport, care and HR registers: a prison's inmate, a college's student-athlete, a care home's resident, a
        // payroll's new starter. A role only as a label right before the name or a noun phrase after it (RecordRole), so "the
        // residents of the city" and "inmate population" never reach a name.
        "inmate", "prisoner", "detainee", "parolee", "student-athlete", "student athlete", "resident", "service user", "new starter",
        "new joiner", "care leaver", "foster child",
        // Roles that public and general sentences use as much ("student protests", "a council member", "volunteer firefighters"):
        // only as a label right before the name, in a text that reads as a record (WeakRole).
        "student", "contractor", "subcontractor", "user", "intern", "volunteer", "member", "participant", "trainee", "apprentice",
        // A complaint heading a record labels the person who made it ("Complaint from Graham …", "Formal complaint raised by …"): the
        // name right after it (ComplaintLabel); "summarise the complaint from …" in passing is not a record.
        "complaint from", "complaint by", "complaint raised by", "complaint made by", "complaint lodged by", "complaint submitted by",
        "complaint filed by",
        // HR records about an employee: these name the record itself, so they need no role word beside the name.
        "performance review", "performance improvement plan", "disciplinary", "written warning", "final warning", "grievance",
        "probation review", "probationary period", "exit interview", "redundancy", "dismissal",
        // A school's record of a child ("please collect Lily Ashdown, pupil in 3C"); not "student", which public and general
        // sentences use as much.
        "pupil",
        // A study's enrolled person and a police report's complainant; the roles of other Latin-script languages' records
        // quoted in a translate request ("De aanvrager, Sanne …", "Mieterin …", "la paciente …").
        // Aid and relief lists (thirteenth pass): a heading with the receivers' plural, then the names after a colon ("Relief pack
        // recipients – zone 4: …", "Coat drive beneficiaries: …"); a receiver of aid is a record the charity keeps (AidList).
        "recipients", "beneficiaries", "recipient list", "recipients list", "beneficiary list", "beneficiaries list", "parcel list", "hamper list",
        // An internal award with a private person's name ("Employee of the Month, Fatima …"): not a public prize (AwardWords).
        .. AwardWords,
        "trial participant", "study participant", "research participant", "complainant", "aanvrager", "antragsteller",
        "antragstellerin", "solicitante", "demandeur", "demandeuse", "requerente", "richiedente", "huurder", "mieter", "mieterin",
        "inquilino", "inquilina", "locataire", "paciente", "patiente", "paziente", "patientin", "klant", "kunde", "kundin",
        "mitarbeiter", "mitarbeiterin", "empleado", "empleada", "dipendente", "werknemer", "arrendatario", "arrendataria",
        // The customer, patient, employee and tenant words of Polish, Turkish, Czech, Romanian, Nordic, Vietnamese, Indonesian and
        // the Romance languages (written without accents: LatinFold reads "müşteri", "khách hàng" as them).
        "cliente", "clienta", "klient", "klientka", "klienta", "pacjent", "pacjentka", "pracownik", "pracownica", "najemca",
        "wnioskodawca", "musteri", "calisan", "kiraci", "basvuru sahibi", "pacient", "pacientka", "zamestnanec", "zamestnankyne",
        "najemnik", "zadatel", "clientul", "pacientul", "pacienta", "angajatul", "angajata", "chirias", "solicitant",
        "kund", "kunden", "anstalld", "hyresgast", "sokande", "ansatt", "leietaker", "asiakas", "potilas", "khach hang",
        "benh nhan", "nhan vien", "nguoi thue", "pasien", "nasabah", "pelanggan", "karyawan", "pegawai", "penyewa", "pemohon",
        "患者", "病人", "病患", "客户", "顾客", "员工", "职工", "雇员", "借款人", "贷款人", "债务人", "担保人", "收件人", "收货人", "寄件人",
        "同事", "应聘者", "应聘人", "求职者", "候选人", "租户", "租客", "房客", "承租人", "业主", "会员", "申请人", "被保险人", "投保人", "持卡人",
        "受益人", "学员", "新员工", "姓名", "联系人", "用户", "原告", "被告", "被告人", "当事人", "上诉人", "被上诉人", "委托人", "犯罪嫌疑人",
        "来访者", "受检者", "受检人", "参保人", "报销人", "乘客", "户名", "户主", "出租方", "承租方", "甲方", "乙方", "患儿", "监护人",
        "绩效考核", "考核不合格", "处分", "辞退", "开除", "劝退", "裁员", "降职",
        // Service, police, research and care records (服务对象汪丽娟, 报警人丁海涛, 受试者…, 入住人…); a pupil only in a school record.
        "服务对象", "报警人", "求助人", "受害人", "被害人", "举报人", "投诉人", "受试者", "受种者", "志愿者", "义工", "入住人", "学生",
        // Parties of legal, insurance, medical and travel records, a divorce agreement's parties and the writer's employed
        // helpers (被申请人, 继承人, 见证人, 出险人, 献血者, 乘车人, 男方, 实习生, 保姆); not drivers or couriers met in passing.
        "被申请人", "申请执行人", "被执行人", "第三人", "受托人", "继承人", "被继承人", "受遗赠人", "受赠人", "赠与人", "见证人",
        "保证人", "遗嘱人", "代理人", "债权人", "抵押人", "出卖人", "买受人", "出险人", "被保人", "索赔人", "就诊人", "就诊者", "献血者",
        "献血人", "捐献者", "捐献人", "捐赠者", "陪护人", "乘车人", "乘机人", "旅客", "住客", "订票人", "男方", "女方", "实习生", "保姆",
        "护工", "月嫂", "育儿嫂", "钟点工",
        // School aid, a nursery's or school's new pupil (in a school record, as 学生), military registration, a debt's debtor.
        "受助学生", "受助人", "资助对象", "借款学生", "新生", "预征对象", "应征青年", "应征公民", "入伍青年", "欠款人",
        // A food bank's or charity's hand-out list (领取人阮氏红, 受助者…): who received aid is a record of that person.
        "领取人", "领取者", "申领人", "代领人", "受助者", "受助家庭",
        // Civil-affairs, tax, HR-screening and household-registration records: the person a 低保 file, a welfare visit, a
        // background check, a 落户 or a tax return is about (低保对象, 独居老人, 残疾人, 背调对象, 落户人员, 纳税人, 预约人).
        "低保对象", "低保户", "五保户", "特困人员", "困难户", "救助对象", "帮扶对象", "优抚对象", "安置对象", "独居老人", "残疾人",
        "背调对象", "被调查人", "落户人员",
        // A survey's or an interview's respondent, as a transcript or a questionnaire log names them (受访者：…, 被访者…, 调查对象…).
        "受访者", "受访人", "被访者", "被访人", "调查对象", "访谈对象", "迁入人员", "随迁人员", "随迁子女", "纳税人", "申报人", "预约人", "预约者", "登记人",
        // Hiring records (应聘人员, 面试者) and a let room's occupant.
        "应聘人员", "求职人员", "面试者", "面试人员", "候选者", "应试者", "租住人", "入住者",
        // A hire named in a welcome or an appointment (新同事…, 录用彭子豪为…, …下周一入职); 欢迎 and 加入 only where the text is
        // about joining a workplace (NewHire).
        "新同事", "新伙伴", "新成员", "录用", "聘用", "入职", "欢迎", "加入",
        // A service provider's customers and cases (a hotel's guest, a car's owner in a garage's or insurer's file, a
        // marketplace's seller and buyer, a club's player, an undertaker's deceased), and a party said to be a private person
        // (收货人为个人：…).
        "客人", "车主", "卖家", "买家", "货主", "选手", "逝者", "亡者", "住户", "个客", "收货人为个人", "收件人为个人", "进口人为个人", "买方为个人",
        // A delivery or ride app's workers in its records of their accounts (PlatformWorkers: courier, driver partner, 骑手…),
        // and a need-based award's holder as a school's list names them (奖学金获得者 马欣怡).
        .. PlatformWorkers.Words, .. CaseRoles.Words, "奖学金获得者", "助学金获得者", "奖助学金获得者", "助学金受助者",
        // A grant's, a scheme's or a programme's own people labelled by their role ("Grantee Lucia …", "Enrollee Samuel …"), a
        // certificate about a named person (兹证明 伍思琪 自…在我司任职), and a school's decision naming its award's holder (…
        // 同学为本年度…获得者): sixteenth pass. Site, village, care and case-load role nouns right before the name (ChineseNames.Roles).
        // A task board's column named after its people, the name a card under it (RecordBoards, eighteenth pass).
        "grantee", "enrollee", "enrolee", "awardee", "兹证明", "同学为", .. ChineseNames.RecordRoleNouns, .. RecordBoards.BoardOnlyWords,
        // A youth justice team's young person and a consulate's detained citizen (RegisterRoles, nineteenth pass).
        .. RegisterRoles.Words]);

    public override string Name => "person_record";

    public override SensitivityLevel Level => SensitivityLevel.Moderate;

    public override string Evidence => "name in a record role";

    protected override CueSet Cues => RoleCues;

    protected override RecordTables.Columns TableColumn => RecordTables.Columns.Role;

    protected override int LatinReach => 40;

    protected override int HanReach => 6;

    // A role word must stand beside the name it is the role of, not anywhere in a letter to someone.
    protected override bool ReadsAddressee => false;

    protected override bool Confirms(string text, TextSpan name, TextSpan cue) =>
        HanText.IsHan(text[cue.Start]) ? ConfirmsHan(text, name, cue) : ColumnLabel(text, name, cue) || RecordBoards.Lists(text, name, cue)
            || (!RecordBoards.BoardOnly(text.AsSpan(cue.Start, cue.End - cue.Start)) && ConfirmsLatin(text, name, cue));

    private static bool ConfirmsHan(string text, TextSpan name, TextSpan cue) =>
        text.AsSpan(cue.Start, cue.End - cue.Start) switch
        {
            "学生" or "新生" => SchoolRecord.Any(text),
            // 兹证明 opens a certificate about the person named right after it (employment, tenancy, study): that is a record.
            "兹证明" => name.Start >= cue.End && text.AsSpan(cue.End, name.Start - cue.End).Trim(" \u3000：:").IsEmpty,
            "同学为" => NamesAwardHolder(text, name, cue),
            "欢迎" or "加入" => NewHire.Any(text) || JoinsUnit(text, cue),
            var word when PlatformWorkers.Owns(word) => PlatformWorkers.ConfirmsHan(text),
            var word when ChineseNames.IsRecordRoleNoun(word) => ChineseNames.NamedRightAfter(text, name, cue),
            _ => true,
        };

    // "评审会同意 邝雨萱 同学为本年度优秀学生奖获得者": a school's decision naming the pupil right before 同学为 as its award's holder
    // (…获得者, …称号, …人选) within the sentence; not "同学为什么…" nor a public prize without 同学 (诺贝尔奖获得者).
    private static bool NamesAwardHolder(string text, TextSpan name, TextSpan cue)
    {
        if (name.End > cue.Start || !text.AsSpan(name.End, cue.Start - name.End).Trim(' ').IsEmpty)
        {
            return false;
        }
        var rest = text.AsSpan(cue.End, Math.Min(40, text.Length - cue.End));
        var stop = rest.IndexOfAny("。！？!?\n");
        rest = stop < 0 ? rest : rest[..stop];
        return rest.Contains("获得者", StringComparison.Ordinal) || rest.Contains("称号", StringComparison.Ordinal)
            || rest.Contains("人选", StringComparison.Ordinal);
    }

    // A workplace's welcome or joining notice (新同事, 入职, 工位): not a club's or a group chat's welcome.
    private static readonly CueSet NewHire = new("新同事", "新员工", "新伙伴", "新成员", "入职", "同事", "工位", "岗位", "担任");

    // 加入 a unit of the organisation within a few characters (…加入财务中心, …加入运营组, …正式加入产品部), after 欢迎 in its sentence.
    private static bool JoinsUnit(string text, TextSpan cue)
    {
        var from = cue.End;
        if (text.AsSpan(cue.Start, cue.End - cue.Start) is "欢迎")
        {
            var join = text.AsSpan(cue.End, Math.Min(16, text.Length - cue.End)).IndexOf("加入", StringComparison.Ordinal);
            if (join < 0)
            {
                return false;
            }
            from = cue.End + join + 2;
        }
        var window = text.AsSpan(from, Math.Min(8, text.Length - from));
        var stop = window.IndexOfAny("，。！？,.!?\n");
        var unit = stop < 0 ? window : window[..stop];
        return unit.IndexOfAny("部组科处室") >= 0 || unit.Contains("中心", StringComparison.Ordinal)
            || unit.Contains("团队", StringComparison.Ordinal) || unit.Contains("公司", StringComparison.Ordinal);
    }

    private static bool ConfirmsLatin(string text, TextSpan name, TextSpan cue) =>
        RegisterRoles.Owns(text.AsSpan(cue.Start, cue.End - cue.Start)) ? RegisterRoles.Confirms(text, name, cue) :
        PlatformWorkers.Owns(text.AsSpan(cue.Start, cue.End - cue.Start)) ? PlatformWorkers.Confirms(text, name, cue) :
        CaseRoles.Owns(text.AsSpan(cue.Start, cue.End - cue.Start)) ? CaseRoles.Confirms(text, name, cue) :
        ServiceRoles.Owns(text.AsSpan(cue.Start, cue.End - cue.Start)) ? ServiceRoles.Confirms(text, name, cue) :
        (ServiceRoles.MayHoldAward(text.AsSpan(cue.Start, cue.End - cue.Start)) && ServiceRoles.Confirms(text, name, cue))
        || (SqlTables.Contains(text.AsSpan(cue.Start, cue.End - cue.Start)) && ServiceRoles.OwnPlural(text, name, cue)) ||
        Awards.Contains(text.AsSpan(cue.Start, cue.End - cue.Start)) ? PersonContext.SameSentence(text, name, cue) || NameOnNextLine(text, name, cue) :
        AidPlurals.Contains(text.AsSpan(cue.Start, cue.End - cue.Start)) ? AidList(text, name, cue) :
        text.AsSpan(cue.Start, cue.End - cue.Start).StartsWith("complaint ", StringComparison.OrdinalIgnoreCase) ? ComplaintLabel(text, name, cue) :
        WeakRoles.Contains(text.AsSpan(cue.Start, cue.End - cue.Start)) ? WeakRole(text, name, cue) : SqlTables.Contains(text.AsSpan(cue.Start, cue.End - cue.Start)) ? SqlTable(text, name, cue) : (HrRecords.Contains(text.AsSpan(cue.Start, cue.End - cue.Start)) && !InTitle(text, cue))
        || ((RecordRole.IsRoleOf(text, name, cue) || ServiceRoles.Copula(text, name, cue)) && (!text.AsSpan(cue.Start, cue.End - cue.Start).Equals("candidate", StringComparison.OrdinalIgnoreCase) || HiringCandidate(text) || CaseRoles.TestCandidate(text, name, cue)
            || CaseRoles.ThesisCandidate(text, name, cue)));

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Awards =
        new HashSet<string>(AwardWords, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // "Employee of the Month:\nPriya …": an award heading with its winner on the line below.
    private static bool NameOnNextLine(string text, TextSpan name, TextSpan cue) =>
        cue.End <= name.Start && text.AsSpan(cue.End, name.Start - cue.End).Trim(" :-–—\t\r").SequenceEqual("\n");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AidPlurals = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "recipients", "beneficiaries", "recipient list", "recipients list", "beneficiary list", "beneficiaries list", "parcel list", "hamper list",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // "Relief pack recipients – zone 12: Jose …", "Beneficiaries:\nIoana …": the plural heads a list whose entries follow its
    // colon, with no sentence end between; not "recipients of the prize: …" (someone else's honour) nor prose after a full stop.
    private static bool AidList(string text, TextSpan name, TextSpan cue)
    {
        if (cue.End > name.Start)
        {
            return false;
        }
        var gap = text.AsSpan(cue.End, name.Start - cue.End);
        var colon = gap.IndexOf(':');
        return colon >= 0 && !gap.TrimStart().StartsWith("of ", StringComparison.OrdinalIgnoreCase) && gap.IndexOfAny(".!?") < 0
            && !gap[(colon + 1)..].ContainsAnyExcept(" \t\r\n");
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ComplaintKinds = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "customer", "client", "formal", "written", "patient", "tenant", "resident", "new", "service", "re", "subject",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // "Complaint from Graham Sewell about …" opening a line, "Formal complaint raised by Anika …": the complaint is the record and
    // the name right after it the complainant.
    private static bool ComplaintLabel(string text, TextSpan name, TextSpan cue)
    {
        if (name.Start < cue.End || !text.AsSpan(cue.End, name.Start - cue.End).Trim(" :").IsEmpty)
        {
            return false;
        }
        var before = cue.Start;
        while (before > 0 && text[before - 1] is ' ' or ':' or '\t')
        {
            before--;
        }
        var end = before;
        while (before > 0 && char.IsLetter(text[before - 1]))
        {
            before--;
        }
        return (before == end && (before == 0 || text[before - 1] is '\n' or '\r')) || ComplaintKinds.Contains(text.AsSpan(before, end - before));
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WeakRoles = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "student", "contractor", "subcontractor", "user", "intern", "volunteer", "member", "participant", "trainee", "apprentice",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // What a record about a student, member, volunteer or user says: a note, log, complaint, rota, notice or their standing.
    private static readonly CueSet RecordWords = new(
        "note", "notes", "record*", "log", "logs", "file", "report", "evaluation", "appraisal", "review", "rota", "roster", "complain*",
        "minutes", "notice", "reminder", "ticket", "case", "incident", "breach", "withdr*", "consent", "fees", "arrears", "behind on",
        "overdue", "timesheet", "attendance", "absen*", "missed", "deadline*", "grades", "shift*", "suspen*", "banned", "refund*",
        "invoice*", "account", "letter", "warning", "feedback", "export", "contract", "membership", "enrol*", "referral", "locked out",
        "hold on", "holds", "registrar", "bursar*", "transcript*", "graduation", "tuition", // a bursar's hold: eighteenth pass
        // A platform's moderation record of a flagged user or member (nineteenth pass).
        "moderation", "moderator*", "flagged", "enforcement", "strikes", "prior strike", "trust & safety", "trust and safety");

    // What an aid or training body runs: "Participant Ngozi … of our job-readiness programme", "member … of the hardship fund".
    private static readonly CueSet Programmes = new(
        "programme*", "program", "programs", "scheme*", "fund", "funds", "grant", "grants", "bursary", "bursaries", "initiative*",
        "project", "projects", "pilot", "cohort", "microloan*", "microfinance", "mentoring", "apprenticeship*", "placement*");

    // The name is followed by "of our …" / "in our …" / "of the …" and, in that clause, a programme the writer's body runs: the
    // role is then a place in its records, not a public role.
    private static bool OfOwnProgramme(string text, TextSpan name)
    {
        var rest = text.AsSpan(name.End, Math.Min(60, text.Length - name.End));
        if (!rest.StartsWith(" of our ", StringComparison.OrdinalIgnoreCase) && !rest.StartsWith(" in our ", StringComparison.OrdinalIgnoreCase)
            && !rest.StartsWith(" of the ", StringComparison.OrdinalIgnoreCase) && !rest.StartsWith(" on our ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var stop = rest.IndexOfAny(".!?\n,;");
        return Programmes.Any(stop < 0 ? rest : rest[..stop]);
    }

    // Bodies whose members are public ("council member …", "board member …", "cast member …").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PublicBodies = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "council", "board", "parliament", "parliamentary", "congress", "committee", "cabinet", "band", "cast", "crew", "founding",
        "party", "senate", "assembly", "jury", "panel", "honorary", "life", "royal", "team",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // "member Duncan Farrow is behind on fees", "Contractor Gary Pemberton didn't finish …", "Student record note: Ibrahim …": a weak
    // role labels the name right after it, in a text that keeps a record, and not as a public body's member.
    private static bool WeakRole(string text, TextSpan name, TextSpan cue)
    {
        if (cue.End > name.Start || !RecordRole.IsRoleOf(text, name, cue) || (!RecordWords.Any(text) && !OfOwnProgramme(text, name)))
        {
            return false;
        }
        // "Member of Parliament …", "student at Oxford …": a weak role before "of", "in" or "at" names a body, not a record.
        var gap = text.AsSpan(cue.End, name.Start - cue.End).TrimStart();
        if (gap.StartsWith("of ", StringComparison.OrdinalIgnoreCase) || gap.StartsWith("in ", StringComparison.OrdinalIgnoreCase)
            || gap.StartsWith("at ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var before = cue.Start - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }
        var end = before + 1;
        while (before >= 0 && char.IsLetter(text[before]))
        {
            before--;
        }
        return !PublicBodies.Contains(text.AsSpan(before + 1, end - before - 1));
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SqlTables = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "customers", "patients", "clients", "employees", "tenants", "applicants", "borrowers", "candidates", "members", "students",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SqlTableLeads = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "into", "from", "update", "join", "table",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // "INSERT INTO customers (…) VALUES ('Gideon Marsh', …)", "SELECT * FROM patients WHERE full_name = 'Rowena …'": a plural role
    // word after INTO, FROM, UPDATE or JOIN names the table, and a quoted name later in the same statement is a row of it.
    private static bool SqlTable(string text, TextSpan name, TextSpan cue)
    {
        var before = cue.Start - 1;
        while (before >= 0 && text[before] is ' ' or '`' or '"' or '[' or '.')
        {
            before--;
        }
        var end = before + 1;
        while (before >= 0 && char.IsAsciiLetter(text[before]))
        {
            before--;
        }
        return SqlTableLeads.Contains(text.AsSpan(before + 1, end - before - 1)) && name.Start > cue.End
            && text[name.Start - 1] is '\'' or '"' && text.AsSpan(cue.End, name.Start - cue.End).IndexOf(';') < 0;
    }

    // Words of hiring, and of elections and exams, whose candidates are public or general ("the candidate for mayor", "a
    // candidate for the exam"): a candidate is a record role only in a text about hiring with no election word in it.
    private static readonly CueSet Hiring = new(
        "interview*", "hiring", "hire", "hired", "recruit*", "offer", "shortlist*", "CV", "resume", "reference check*",
        "references", "onboarding", "debrief", "assessment", "applied", "application", "role", "position", "vacancy", "job", "salary",
        "start date", "notice period", "background check", "headhunt*", "talent", "ATS");

    private static readonly CueSet Election = new(
        "election*", "elect", "elected", "vote*", "voting", "voter*", "ballot*", "campaign*", "party", "primary", "primaries",
        "mayor*", "senate", "senator*", "congress*", "parliament*", "presidential", "governor*", "council", "constituency", "poll*",
        "exam*", "PhD", "doctoral", "degree");

    private static bool HiringCandidate(string text) => Hiring.Any(text) && !Election.Any(text);

    // Fields a table, a CSV header or JSON keys name after a role ("patient_name", "client_id", "tenant_full_name").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ColumnFields = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "name", "names", "full_name", "fullname", "first_name", "last_name", "surname", "id", "no", "number", "ref", "dob", "email",
        "phone", "address",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // A role written as a column, key or field name ("patient_name", "client_id,", "tenant_name":) with the name after it:
    // the name is a value in that record's row (an SQL insert, a CSV line, a JSON object). A schema without a value has no name.
    private static bool ColumnLabel(string text, TextSpan name, TextSpan cue)
    {
        if (cue.End >= text.Length || text[cue.End] != '_' || name.Start < cue.End)
        {
            return false;
        }
        var end = cue.End + 1;
        while (end < text.Length && (char.IsAsciiLetter(text[end]) || text[end] == '_'))
        {
            end++;
        }
        return ColumnFields.Contains(text.AsSpan(cue.End + 1, end - cue.End - 1));
    }

    // 学生 is a record role only in a school's record of the pupil (学号, 班主任, 家长…); textbook and news sentences say 学生 too.
    private static readonly CueSet SchoolRecord = new("学号", "班主任", "家长", "班级", "年级", "学籍", "成绩", "请假", "家访", "评语", "处分", "入园", "入学", "报到", "分班",
        // A student's enrolment papers (在读证明, 留学生, 就读于…).
        "在读", "留学生", "就读",
        // A school office's attendance and enrolment notes (语言学校教务：学生…本月缺勤 9 次): nineteenth pass.
        "学校", "教务", "缺勤", "旷课", "出勤", "考勤", "课时", "退学", "休学");

    // "The Redundancy Payments Act": a capitalised word right after the cue makes it part of a title or a law's name.
    private static bool InTitle(string text, TextSpan cue) =>
        cue.End + 1 < text.Length && text[cue.End] == ' ' && char.IsUpper(text[cue.End + 1]);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HrRecords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "performance review", "performance improvement plan", "disciplinary", "written warning", "final warning", "grievance",
        "probation review", "probationary period", "exit interview", "redundancy", "dismissal",
    }.GetAlternateLookup<ReadOnlySpan<char>>();
}
