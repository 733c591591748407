using System.Buffers;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// What makes a named person in a text a private person's record rather than a public figure, a fictional
/// character or a template: the shared vetoes of the personal-data detectors.
/// </summary>
internal static class PersonContext
{
    internal static readonly CueSet Fiction = new(
        "novel*", "story", "stories", "fiction*", "character*", "film*", "movie*", "villain*", "hero", "heroine", "protagonist*",
        "fairy tale", "screenplay", "a song", "the song", "this song", "that song", "my song", "his song", "her song", "their song", "our song", "song about",
        "song for", "song lyrics", "love song", "theme song", "pop song", "folk song", "songs", "songwriter*", "songbook*", "album*", "lyric*", "poem*", "painting*", "sing", "sings", "singing",
        // Not "song*", a bare "song" or "sang": Song is a common Chinese and Korean family name, Songpa a Seoul district, Sang- a Korean given name.
        "she sang", "he sang", "they sang", "i sang", "we sang", "sang a", "sang the", "sang in", "sang at", "sang for", "sang to", "sang with",
        "sang about", "sang along", "rock band", "boy band", "girl band", "tribute band", "TV series", "series finale", "sitcom",
        // Not a bare "episode": a record says "a hypomanic episode", "an episode of chest pain".
        "the episode", "this episode", "that episode", "next episode", "last episode", "latest episode", "new episode", "first episode",
        "final episode", "pilot episode", "podcast episode", "TV episode*", "episodes of the", "comic*", "anime", "video game", "in the book",
        // A show's or a drama's characters (thirteenth pass): "In the TV show, … is diagnosed with …", "in episode 3 …".
        "TV show", "TV drama", "the show's", "soap opera", "telenovela", "miniseries", "K-drama", "in episode", "medical drama",
        "小说", "故事", "角色", "主角", "主人公", "电视剧", "电影", "剧中", "剧里", "动漫", "漫画", "童话", "游戏里", "歌曲", "歌词", "专辑", "《",
        "续写", "虚构",
        // A web novel's or a script's cast (我在写网文，女主 苏念 有抑郁症…; nineteenth pass): its lead and supporting roles and
        // character sheets, and a writer's own character or novel.
        "网文", "网络小说", "女主", "男主", "女配", "男配", "人设", "人物设定", "同人", "my character", "my protagonist", "my novel",
        "my screenplay",
        // A skit or comic dialogue to be written (写一段东北话小品：老王和老李…): stock characters, no one's record.
        "小品", "相声", "情景剧", "短剧", "段子",
        // Story framing: an invented world or a game, not anyone's record.
        "once upon a time", "imagine a world", "imagine a story", "imagine you", "pretend you", "pretend to be", "role-play", "roleplay",
        "RPG", "D&D", "dungeons", "fanfic*", "outline the plot", "plot summary", "plot twist", "storyline", "a scene", "sequel", "cartoon*",
        "fictitious", "made-up", "made up", "make up a", "hypothetical*", "fake customer", "fake name", "fake person", "fake patient",
        "fake user", "dummy data", "dummy record*", "test user", "test customer", "example street", "sample data", "test data",
        "mock data", "synthetic data",
        // Made-up sample addresses and towns ("1 Example Road, Exampletown"), which no one lives at.
        "example road", "example avenue", "example lane", "example close", "exampletown", "exampleville", "example city", "anytown",
        // Well-known fictional works, characters and their addresses (full names a real person rarely has, or words no one else is).
        "Sherlock", "Harry Potter", "Hermione", "Weasley", "Dumbledore", "Hogwarts", "4 Privet Drive", "Grimmauld", "221B",
        "Homer Simpson", "Bart Simpson", "Marge Simpson", "Lisa Simpson", "The Simpsons", "742 Evergreen Terrace", "Spongebob",
        "Bikini Bottom", "Jessica Fletcher", "Tom Sawyer", "Huckleberry Finn", "Huck Finn", "Elizabeth Bennet", "Mr Darcy", "Mr. Darcy",
        "Gatsby", "Atticus Finch", "Holden Caulfield", "James Bond", "Bruce Wayne", "Peter Parker", "Clark Kent", "Tony Stark",
        "Breaking Bad", "Jesse Pinkman", "Frodo", "Bilbo", "Gandalf", "Skywalker", "Darth Vader", "Han Solo", "Indiana Jones",
        "Poirot", "Miss Marple", "Jane Eyre", "Scrooge", "Oliver Twist", "Anna Karenina", "Don Quixote", "Paddington Bear", "Winnie the Pooh",
        "Mickey Mouse", "Donald Duck", "Sheldon Cooper", "Ross Geller", "Monica Geller", "Chandler Bing", "Joey Tribbiani",
        "Phoebe Buffay", "Dwight Schrute", "Daenerys", "Tyrion", "Lannister", "Targaryen", "Katniss", "Bella Swan", "Edward Cullen",
        "Forrest Gump", "Rocky Balboa", "Lara Croft", "Tony Soprano", "Don Draper", "Ted Lasso", "Carrie Bradshaw", "Hannibal Lecter",
        "Peter Pan", "Robin Hood", "King Arthur", "Dracula", "Frankenstein", "Jack Reacher", "John McClane", "Marty McFly",
        "Willy Wonka", "Mary Poppins", "Scarlett O'Hara", "Lisbeth Salander", "Fred Flintstone", "Scooby", "Bridget Jones",
        "Nancy Drew", "Walter White", "Gregory House", "Dr House", "Dr. House", "House MD", "House M.D", "Meredith Grey", "Inspector Morse",
        "Wisteria Lane", "31 Spooner Street", "1313 Mockingbird Lane", "698 Candlewood Lane", "124 Conch Street", "Sesame Street",
        // Well-known fictional homes written without their character ("32 Windsor Gardens", "number four, Privet Drive").
        "32 Windsor Gardens", "Privet Drive", "Little Whinging", "Evergreen Terrace", "62 West Wallaby Street", "Ramsay Street",
        "Erinsborough", "Albert Square", "Walford", "Weatherfield", "Pontypandy", "Quahog", "Hill Valley", "177A Bleecker",
        "20 Ingram Street", "Bag End", "Green Gables", "Pemberley", "Paddington Brown", "Wallace and Gromit", "Wallace & Gromit",
        "Gotham", "Narnia", "Westeros", "Middle-earth", "Hobbiton", "Neverland", "Game of Thrones", "Star Wars", "Lord of the Rings",
        "Pride and Prejudice", "Little Women", "Downton Abbey", "Grey's Anatomy", "Stranger Things", "Doctor Who", "manga",
        // Anime, cartoon and game characters (sixteenth pass): "Write a bio for … : age 12, from the Hidden Leaf Village".
        "Naruto", "Uzumaki", "Hidden Leaf", "Son Goku", "Goku", "Vegeta", "Luffy", "Pikachu", "Ash Ketchum", "Edward Elric", "Alphonse Elric",
        "Sailor Moon", "Usagi Tsukino", "Doraemon", "Nobita", "Shin-chan", "Tanjiro", "Nezuko", "Eren Yeager", "Mikasa Ackerman", "Light Yagami",
        "Totoro", "Shinji Ikari", "Izuku Midoriya", "Spike Spiegel", "Satoru Gojo", "Gojo Satoru", "Peppa Pig", "Bluey", "Eric Cartman",
        "Rick Sanchez", "Morty Smith", "Sonic the Hedgehog", "Super Mario", "Princess Peach", "Master Chief", "Kratos", "Geralt",
        // zh: foreign characters and cartoons by their Chinese names; Chinese fictional and historical persons (林黛玉, 孙悟空)
        // are the name finder's known persons already, and a two-character one would veto real names that start with it.
        "虚构", "假想", "编一个", "剧本", "福尔摩斯", "哈利波特", "哈利·波特", "赫敏", "霍格沃茨", "女贞路", "贝克街", "辛普森", "海绵宝宝",
        "蜡笔小新", "樱桃小丸子", "哆啦A梦", "蜘蛛侠", "钢铁侠", "蝙蝠侠", "唐老鸭", "喜羊羊", "灰太狼", "光头强", "葫芦娃",
        // A hypothetical case put as a legal or tax question (假设有一个租客…, 假设某员工…): roles, not anyone's record.
        "假设有", "假设一个", "假设某", "假设甲",
        // Template blanks and stock names, found in the same pass (see HasPlaceholder for bracketed blanks).
        "___", "YYYY", "DD/MM", "MM/DD", "Mr./Ms", "Mr/Ms", "Mr./Mrs", "Ms./Mr", "Firstname", "Lastname", "First name Last name",
        "John Doe", "Jane Doe", "Joe Bloggs", "Max Mustermann", "John Q. Public");

    // Fiction cues that a real record may quote in passing ("no relation to Sherlock", "we will role-play the talk"): well-known
    // characters, works and their addresses, and role-play. They veto only names and addresses in their own sentence; the
    // genre and framing words ("write a story", "once upon a time", "test data") and template blanks veto the whole request.
    private static readonly HashSet<string> Mentions = new(StringComparer.OrdinalIgnoreCase)
    {
        "role-play", "roleplay", "Sherlock", "Harry Potter", "Hermione", "Weasley", "Dumbledore", "Hogwarts", "4 Privet Drive",
        "Grimmauld", "221B", "Homer Simpson", "Bart Simpson", "Marge Simpson", "Lisa Simpson", "The Simpsons", "742 Evergreen Terrace",
        "Spongebob", "Bikini Bottom", "Jessica Fletcher", "Tom Sawyer", "Huckleberry Finn", "Huck Finn", "Elizabeth Bennet", "Mr Darcy",
        "Mr. Darcy", "Gatsby", "Atticus Finch", "Holden Caulfield", "James Bond", "Bruce Wayne", "Peter Parker", "Clark Kent",
        "Tony Stark", "Breaking Bad", "Jesse Pinkman", "Frodo", "Bilbo", "Gandalf", "Skywalker", "Darth Vader", "Han Solo",
        "Indiana Jones", "Poirot", "Miss Marple", "Jane Eyre", "Scrooge", "Oliver Twist", "Anna Karenina", "Don Quixote",
        "Paddington Bear", "Winnie the Pooh", "Mickey Mouse", "Donald Duck", "Sheldon Cooper", "Ross Geller", "Monica Geller",
        "Chandler Bing", "Joey Tribbiani", "Phoebe Buffay", "Dwight Schrute", "Daenerys", "Tyrion", "Lannister", "Targaryen", "Katniss",
        "Bella Swan", "Edward Cullen", "Forrest Gump", "Rocky Balboa", "Lara Croft", "Tony Soprano", "Don Draper", "Ted Lasso",
        "Carrie Bradshaw", "Hannibal Lecter", "Peter Pan", "Robin Hood", "King Arthur", "Dracula", "Frankenstein", "Jack Reacher",
        "John McClane", "Marty McFly", "Willy Wonka", "Mary Poppins", "Scarlett O'Hara", "Lisbeth Salander", "Fred Flintstone", "Scooby",
        "Bridget Jones", "Nancy Drew", "Walter White", "Gregory House", "Dr House", "Dr. House", "House MD", "House M.D", "Meredith Grey",
        "Inspector Morse", "Wisteria Lane", "31 Spooner Street", "1313 Mockingbird Lane", "698 Candlewood Lane",
        "124 Conch Street", "Sesame Street", "32 Windsor Gardens", "Privet Drive", "Little Whinging", "Evergreen Terrace",
        "62 West Wallaby Street", "Ramsay Street", "Erinsborough", "Albert Square", "Walford", "Weatherfield", "Pontypandy", "Quahog",
        "Hill Valley", "177A Bleecker", "20 Ingram Street", "Bag End", "Green Gables", "Pemberley", "Paddington Brown",
        "Wallace and Gromit", "Wallace & Gromit", "Gotham", "Narnia", "Westeros", "Middle-earth", "Hobbiton", "Neverland", "Game of Thrones",
        "Star Wars", "Lord of the Rings", "Pride and Prejudice", "Little Women", "Downton Abbey", "Grey's Anatomy", "Stranger Things",
        "Doctor Who", "Naruto", "Uzumaki", "Hidden Leaf", "Son Goku", "Goku", "Vegeta", "Luffy", "Pikachu", "Ash Ketchum", "Edward Elric", "Alphonse Elric",
        "Sailor Moon", "Usagi Tsukino", "Doraemon", "Nobita", "Shin-chan", "Tanjiro", "Nezuko", "Eren Yeager", "Mikasa Ackerman", "Light Yagami",
        "Totoro", "Shinji Ikari", "Izuku Midoriya", "Spike Spiegel", "Satoru Gojo", "Gojo Satoru", "Peppa Pig", "Bluey", "Eric Cartman",
        "Rick Sanchez", "Morty Smith", "Sonic the Hedgehog", "Super Mario", "Princess Peach", "Master Chief", "Kratos", "Geralt",
        "福尔摩斯", "哈利波特", "哈利·波特", "赫敏", "霍格沃茨", "女贞路", "贝克街", "辛普森", "海绵宝宝", "蜡笔小新", "樱桃小丸子",
        "哆啦A梦", "蜘蛛侠", "钢铁侠", "蝙蝠侠", "唐老鸭", "喜羊羊", "灰太狼", "光头强", "葫芦娃",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MentionLookup = Mentions.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a hit of <see cref="Fiction"/> is a mention in passing, which vetoes only its own sentence.</summary>
    internal static bool IsMention(string text, TextSpan hit) => MentionLookup.Contains(text.AsSpan(hit.Start, hit.End - hit.Start));

    /// <summary>
    /// Whether <paramref name="a"/> and <paramref name="b"/> lie in one sentence: no sentence end (. ! ? 。！？ before a space or
    /// line end, or a line break) between them.
    /// </summary>
    internal static bool SameSentence(string text, TextSpan a, TextSpan b)
    {
        var from = Math.Min(a.End, b.End);
        var to = Math.Max(a.Start, b.Start);
        if (to <= from)
        {
            return true;
        }
        var gap = text.AsSpan(from, Math.Min(to, text.Length) - from);
        for (var at = gap.IndexOfAny(SentenceEnds); at >= 0;)
        {
            if (gap[at] is not '.' and not '!' and not '?' || at + 1 == gap.Length || gap[at + 1] is ' ' or '\n' or '\r' or '"' or ')')
            {
                return false;
            }
            var next = gap[(at + 1)..].IndexOfAny(SentenceEnds);
            at = next < 0 ? -1 : at + 1 + next;
        }
        return true;
    }

    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create(".!?\n。！？");

    private static readonly string[] QuestionOpeners =
    [
        "what", "who", "whom", "when", "where", "why", "how", "which", "did", "does", "do", "was", "were", "is", "are", "tell me",
        "explain", "describe", "write a biography", "write a short biography", "give me", "list",
    ];

    private static readonly CueSet ChineseQuestion = new("什么", "为什么", "哪", "吗", "怎么", "如何", "多少", "介绍", "谁", "是否", "几");

    // Signs that the text is about someone the writer deals with, not someone in the news or history books.
    private static readonly CueSet PrivateSignals = new(
        "my", "our", "we", "us", "mine", "draft", "rewrite", "translate", "reply", "respond to", "write to", "write a letter",
        "write an email", "email to", "letter to", "note to", "remind*", "notify", "inform", "summarize the", "summarise the",
        "summarize this", "help me", "patient", "customer", "client", "employee", "applicant", "borrower", "tenant", "recipient",
        "colleague", "coworker", "co-worker", "member", "resident", "staff", "name:", "dob", "d.o.b", "date of birth", "mg", "years old",
        "year-old", "aged",
        "我", "我们", "帮我", "请", "通知", "邮件", "回复", "起草", "润色", "翻译", "患者", "病人", "客户", "员工", "同事", "借款人", "收件人",
        "租户", "应聘", "姓名", "性别", "岁", "出生日期", "病历", "记录", "档案", "工资条",
        // Chinese questions about someone the writer deals with: this month's pay, "should we", the boss or the class.
        "这个月", "上个月", "下个月", "本月", "上周", "下周", "这周", "昨天", "明天", "今晚", "要不要", "该不该", "能不能", "怎么办",
        "老板", "领导", "孩子", "家长", "同学", "麻烦", "帮忙", "咱们", "您", "你好", "他家", "她家", "账户", "余额", "房贷", "月供",
        "提成", "借条", "你知道吗", "听说",
        // Colloquial kin of the writer's own life (前夫…怎么起诉？): not how history or the news names anyone's spouse.
        "前夫", "前妻", "老公", "老婆", "婆婆", "岳母", "男友", "女友", "男朋友", "女朋友", "闺蜜", "室友",
        // Northern dialect and Cantonese first person and kin (俺媳妇…, 俺们单位…, 個仔…, 個客…; 個 folds to 个).
        "俺", "俺们", "咱家", "我哋", "个仔", "个女", "个客", "老豆", "媳妇", "老爷子", "兄弟",
        // A spreadsheet's row about a person (温秀英那行D2…, =DATEDIF(C2…) 算出来…): a table of records, not public facts.
        "那行", "这行", "那一行", "这一行", "单元格", "DATEDIF", "VLOOKUP",
        // Record labels before a name ("候选人 甘雨萌，现年薪 45 万，需要谈吗", "学员 韦嘉豪…能报C1吗"): a file the writer keeps.
        "候选人", "学员", "学生", "会员", "队员", "用户", "顾客", "业主", "住户", "租客", "房客", "乘客", "患儿", "家属", "应聘者", "求职者",
        "申请人", "投保人", "被保险人", "持卡人", "备注", "登记", "报名",
        // A family's own paperwork: a pension, benefits or retirement file, a newborn's registration, a nursery place
        // (…1962年出生，养老金…, 宝宝…出生证明, …能入园吗): no question about a public figure is put this way.
        "养老金", "退休金", "低保", "社保", "办退休", "退休手续", "上户口", "出生证明", "新生儿", "入园", "入托", "幼儿园", "受访者", "被访者",
        "调查对象", "志愿者", "实习生",
        "candidate", "student", "guest", "renter", "policyholder", "intake",
        // Advice for, or work on, someone the writer deals with ("is it safe for … to take", "she's on Eliquis", "can you log it").
        "is it safe for", "is it ok for", "is it okay for", "should he", "should she", "can he take", "can she take", "he's on",
        "she's on", "he is on", "she is on", "says it's", "told me", "work out", "calculate", "figure out", "log it", "log this",
        "note down", "check if", "check whether",
        // A record's label opening the text before a question about its person ("Entry form: …, age 42 — which category …?").
        "form:", "record:", "file:", "entry:", "details:", "profile:", "entrant", "registrant");

    // A public role next to a name: "Microsoft CEO Satya Nadella", "Senator …", "董事长马云".
    private static readonly string[] PublicRoleWords =
    [
        "CEO", "CFO", "CTO", "founder", "co-founder", "chairman", "chairwoman", "president", "prime minister", "minister", "senator",
        "governor", "mayor", "congressman", "congresswoman", "king", "queen", "prince", "princess", "pope", "actor", "actress",
        "singer", "rapper", "author", "novelist", "poet", "composer", "painter", "artist", "player", "coach", "striker", "quarterback",
        "champion", "olympian", "filmmaker", "celebrity", "billionaire", "scientist", "physicist", "philosopher", "biologist",
        "chemist", "psychologist", "economist", "mathematician", "astronomer", "inventor", "explorer", "theologian", "sociologist",
        "emperor", "spokesperson", "spokesman", "said in a statement", "told reporters", "famous", "historian",
        "董事长", "总裁", "创始人", "首席执行官", "主席", "总统", "总理", "部长", "省长", "市长", "演员", "歌手", "作家", "诗人", "球星",
        "运动员", "导演", "院士", "科学家", "皇帝", "将军", "明星", "影帝", "影后", "冠军", "教练", "发言人",
    ];

    private static readonly CueSet PublicRoles = new(PublicRoleWords);

    public static bool IsPublicFigure(string text, TextSpan name)
    {
        var start = Math.Max(0, name.Start - 30);
        var end = Math.Min(text.Length, name.End + 25);
        if (HanText.IsHan(text[name.Start]) && ChineseNames.HasLabelOrRelationBefore(text, name.Start))
        {
            // 健身房教练记录：学员司马静…, 会员刘凤英…，教练担心…: a name with its own record label or role right before it is
            // that role's; a public role further back or in a later clause is someone else (董事长马云 still is one).
            start = Math.Max(start, name.Start - 5);
            var clause = text.AsSpan(name.End, end - name.End).IndexOfAny("，。；！？,;!?\n");
            end = clause < 0 ? end : name.End + clause;
        }
        return (PublicRoles.Any(text.AsSpan(start, name.Start - start)) && HasOwnRole(text, start, name.Start, name.Start))
            || (PublicRoles.Any(text.AsSpan(name.End, end - name.End)) && HasOwnRole(text, name.End, end, -1));
    }

    private static readonly string[] StreetAfterRole = [" street", " st", " road", " rd", " avenue", " ave", " lane", " square", " place", " way", " drive", " close"];
    private static readonly string[] StreetBeforeRole = ["calle ", "plaza ", "rue ", "via ", "avenida ", "rua ", "praça ", "c/ ", "c/", "av. ", "avda. ", "paseo ", "largo ", "corso ", "ul. ", "al. ", "str. ", "jl. "];

    // "Calle Mayor 18", "C/ Mayor 23", "12 King Street", "Queen's Road": a role word that names a street is no public role. Nor is a Chinese role
    // the writer addresses (写给教练, 告诉教练, 给教练发消息：会员…): that is someone else, not the name's title; one that stands
    // right before the name (给教练王明) still is.
    private static bool HasOwnRole(string text, int from, int to, int nameStart)
    {
        var hits = new List<TextSpan>();
        PublicRoles.FindAll(text[from..to], hits);
        foreach (var hit in hits)
        {
            var after = text.AsSpan(from + hit.End);
            var before = text.AsSpan(0, from + hit.Start);
            var street = false;
            foreach (var word in StreetAfterRole)
            {
                street |= after.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (after.Length == word.Length || !char.IsLetter(after[word.Length]));
            }
            foreach (var word in StreetBeforeRole)
            {
                street |= before.EndsWith(word, StringComparison.OrdinalIgnoreCase);
            }
            if (!street && !IsAddressed(text, from + hit.Start, from + hit.End, nameStart)
                && !(!HanText.IsHan(text[from + hit.Start]) && PersonSignals.OwnedOrOwningRole(text, from + hit.Start, from + hit.End))
                && !(nameStart < 0 && SpeaksInNextClause(text, from + hit.Start, from + hit.End))
                && !InPlaceName(text, from + hit.Start, from + hit.End)
                && !(HanText.IsHan(text[from + hit.Start]) && HanBoardRecord.OfficerInRecord(text, from + hit.Start, from + hit.End))
                && !ProductionRecords.BookedPerformer(text, from + hit.Start, from + hit.End)
                && !ProductionRecords.AddressedTeamRole(text, from + hit.Start, from + hit.End))
            {
                return true;
            }
        }
        return false;
    }

    // "湖南省长沙市", "上海市长宁区", "吉林省长春市": 省长 or 市长 read across a province or city and the next place's 长, as the
    // 市, 区, 县 or 路 one or two characters later shows; "副市长宁志强" is still a mayor.
    private static bool InPlaceName(string text, int start, int end)
    {
        if (end - start != 2 || text[end - 1] != '长' || start == 0 || !HanText.IsHan(text[start - 1]))
        {
            return false;
        }
        for (var k = end + 1; k <= end + 2 && k < text.Length; k++)
        {
            if (text[k] is '市' or '区' or '县' or '路' or '街' or '镇' or '乡' or '村' or '道')
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsAddressed(string text, int start, int end, int nameStart) =>
        (start > 0 && HanText.IsHan(text[start]) && AddressingBefore.Contains(text[start - 1])
            && !(nameStart >= 0 && text.AsSpan(end, nameStart - end).Trim().IsEmpty))
        || (nameStart >= 0 && !HanText.IsHan(text[start]) && PersonSignals.AddressedInLatin(text, start, end, nameStart));

    // "学员吴桐科目二挂了两次，教练建议周末加练": a Chinese public role opening the next clause and saying or deciding something
    // there is someone else, not the name's title ("李国强，国家队教练，昨天…" still is).
    private static bool SpeaksInNextClause(string text, int start, int end) =>
        start > 0 && HanText.IsHan(text[start]) && text[start - 1] is '，' or ',' or '。' or '；' or ';'
        && ClauseVerbs.Any(v => text.AsSpan(end).StartsWith(v, StringComparison.Ordinal));

    private static readonly string[] ClauseVerbs =
        ["建议", "说", "要求", "让", "表示", "认为", "提醒", "通知", "安排", "希望", "觉得", "叫", "批评", "表扬", "同意", "决定", "打算", "也"];

    // 给, 向, 跟, 和, 问, 找, 请, 让, and the last characters of 告诉, 提醒, 通知, 转告.
    private static readonly SearchValues<char> AddressingBefore = SearchValues.Create("给向跟和问找请让诉醒知告");

    /// <summary>
    /// A short general question ("What illness did Chopin die of?", "鲁迅是因为什么病去世的？") with nothing that
    /// points at a private person: the policy's public figures and historical persons.
    /// </summary>
    public static bool IsGeneralQuestion(string text)
    {
        if (IsMultipleChoice(text))
        {
            return true;
        }
        if (text.Length > 240)
        {
            return false;
        }
        var question = text.Contains('?') || text.Contains('？') || StartsWithOpener(text.AsSpan().TrimStart()) || ChineseQuestion.Any(text);
        return question && !HasPrivateSignal(text) && !HasAmountOrDate(text) && !HasStatement(text) && !PersonSignals.HasRecordShape(text);
    }

    // The writer's own kin (女儿杨可馨…出生, 外婆洪玉珍白内障手术后…正常吗): a question about them is about a private person. Not
    // someone else's (刘翔的女儿, 成龙的儿子): a kin word right after 的 belongs to the name before it.
    private static readonly CueSet Kin = new(
        "女儿", "儿子", "外婆", "外公", "奶奶", "爷爷", "姥姥", "姥爷", "妈妈", "爸爸", "我妈", "我爸", "姑姑", "舅舅", "姨妈", "小姨", "叔叔",
        "伯伯", "表哥", "表姐", "表弟", "表妹", "堂哥", "堂姐", "哥哥", "姐姐", "弟弟", "妹妹", "孙子", "孙女", "外孙", "公公", "岳父", "丈夫",
        "妻子", "邻居", "朋友",
        // Colloquial and family-tree kin (闺女, 宝宝, 伯父…) and a home-town friend.
        "闺女", "宝宝", "伯父", "伯母", "叔父", "婶婶", "姑父", "姑妈", "姨父", "舅妈", "嫂子", "姐夫", "妹夫", "儿媳", "女婿", "侄子",
        "侄女", "外甥", "老乡", "大伯", "舅子", "小姨子", "连襟");

    private static bool HasOwnKin(string text)
    {
        var hits = new List<TextSpan>();
        Kin.FindAll(text, hits);
        foreach (var hit in hits)
        {
            if (hit.Start == 0 || text[hit.Start - 1] != '的')
            {
                return true;
            }
        }
        return false;
    }

    // "岁" is a record's age (45岁), but "几岁" and "多少岁" ask one: a question about a public figure's age is no private signal.
    private static bool HasPrivateSignal(string text)
    {
        if (!PrivateSignals.Any(text))
        {
            return HanText.Contains(text) && HasOwnKin(text);
        }
        if (!text.Contains("几岁", StringComparison.Ordinal) && !text.Contains("多少岁", StringComparison.Ordinal))
        {
            return true;
        }
        var hits = new List<TextSpan>();
        PrivateSignals.FindAll(text, hits);
        foreach (var hit in hits)
        {
            if (!(hit.End - hit.Start == 1 && text[hit.Start] == '岁' && hit.Start > 0 && text[hit.Start - 1] is '几' or '少'))
            {
                return true;
            }
        }
        return HanText.Contains(text) && HasOwnKin(text);
    }

    // A sentence or clause that states something besides the question ("Is Dominic really 17? He told the bar staff he was
    // 21.", "Explain these results for Martin Kowal? A1C 8.4, LDL 162."): the writer gives the data, not asks for public facts.
    // A sentence ends at "?", "!", "。", a line break, or a full stop before a space or the end (not "8.4"), a clause at a comma,
    // colon or semicolon before a space; it is a statement when it does not end in a question mark, holds enough words (six
    // Han characters) and does not open like a question, an instruction ("Tell me about …", "Summarise …") or a subordinate
    // clause ("After …", "In …").
    private static bool HasStatement(string text)
    {
        var span = text.AsSpan();
        var start = 0;
        for (var i = 0; i <= span.Length; i++)
        {
            var end = i == span.Length || span[i] is '?' or '？' or '!' or '！' or '。' or '\n'
                || (span[i] is '.' or ',' or ':' or ';' && (i + 1 == span.Length || span[i + 1] == ' ')) || IsSpacedDash(span, i)
                || (span[i] == '.' && i + 1 < span.Length && span[i + 1] is '"' or '”' or '\'' or '’' && (i + 2 == span.Length || span[i + 2] is ' ' or '\n'));
            if (!end)
            {
                continue;
            }
            // A clause cut off by a comma, colon or semicolon ("Maria Ivanova says she has type 1 diabetes, what should …")
            // needs four words to count; a sentence three.
            var clause = i < span.Length && (span[i] is ',' or ':' or ';' || IsSpacedDash(span, i));
            if (clause && (span[i] == ',' || IsSpacedDash(span, i)) && !OpensMainQuestion(span[(i + 1)..].TrimStart(' ')))
            {
                // A comma inside a sentence: the clause runs on.
                continue;
            }
            var isQuestion = i < span.Length && span[i] is '?' or '？';
            var sentence = span[start..i].Trim();
            start = i + 1;
            // A quoted sentence's full stop before its closing quote ("… until 2am." Can you …) ends it too (sixteenth pass).
            if (i + 1 < span.Length && span[i] == '.' && span[i + 1] is '"' or '”' or '\'' or '’' && (i + 2 == span.Length || span[i + 2] is ' ' or '\n'))
            {
                start = i + 2;
            }
            if (!isQuestion && IsStatement(sentence, clause ? 4 : 3))
            {
                return true;
            }
        }
        return false;
    }

    // "… gestational diabetes — can she fly …?": a spaced dash (the view may have folded it to "-") parts clauses as a comma does
    // (fourteenth pass).
    private static bool IsSpacedDash(ReadOnlySpan<char> span, int i) =>
        i < span.Length && span[i] is '—' or '–' or '-' && i > 0 && span[i - 1] == ' ' && i + 1 < span.Length && span[i + 1] == ' ';

    // An exam or quiz item: options "A." / "B." / "C." each opening a line (or "A)" …), as in MMLU-style questions; the
    // people in them are historical figures or made-up parties, not anyone's record.
    // A record or outline with lettered sections ("Staff appraisal for …:\nA. Attendance …\nB. Salary band …\nC. Notes …") is
    // no quiz: three options count only under a question stem (a question mark, "which", "following", a blank before them);
    // four (A–D, as MMLU items have) count alone.
    internal static bool IsMultipleChoice(string text)
    {
        var span = text.AsSpan();
        var a = OptionAt(span, 'A');
        if (a < 0 || OptionAt(span, 'B') < 0 || OptionAt(span, 'C') < 0)
        {
            return false;
        }
        if (OptionAt(span, 'D') >= 0)
        {
            return true;
        }
        var stem = span[..a];
        return stem.IndexOfAny('?', '？') >= 0 || stem.Contains("___", StringComparison.Ordinal)
            || stem.Contains("which", StringComparison.OrdinalIgnoreCase) || stem.Contains("following", StringComparison.OrdinalIgnoreCase);
    }

    private static int OptionAt(ReadOnlySpan<char> span, char letter)
    {
        for (var at = span.IndexOf(letter); at >= 0;)
        {
            if (at + 1 < span.Length && span[at + 1] is '.' or ')' && (at + 2 == span.Length || span[at + 2] == ' ')
                && (at == 0 || span[at - 1] == '\n'))
            {
                return at;
            }
            var next = span[(at + 1)..].IndexOf(letter);
            at = next < 0 ? -1 : at + 1 + next;
        }
        return -1;
    }

    // A clause counts as a statement only when what follows it asks the assistant or checks a fact ("…, what should the
    // trainer watch for?", "…, can you log it?", "…, right?"), not a relative clause ("…, which explains …").
    private static readonly string[] MainQuestionOpeners =
        ["what", "how", "why", "can", "could", "should", "would", "will", "is it", "is that", "do you", "does that", "any", "please", "right", "correct", "true", "ok", "okay"];

    private static bool OpensMainQuestion(ReadOnlySpan<char> rest)
    {
        rest = rest.TrimStart();
        foreach (var opener in MainQuestionOpeners)
        {
            if (rest.StartsWith(opener, StringComparison.OrdinalIgnoreCase) && (rest.Length == opener.Length || !char.IsLetter(rest[opener.Length])))
            {
                return true;
            }
        }
        return false;
    }

    // Subordinate openings: "After Taylor Swift turned 30, how …" frames the question, it states nothing of its own.
    private static readonly string[] Subordinators =
        ["after", "before", "since", "while", "although", "though", "if", "as", "given", "besides", "in", "during", "despite", "because", "once", "apart from", "other than", "for"];

    private static bool IsStatement(ReadOnlySpan<char> sentence, int minWords)
    {
        if (sentence.IsEmpty || StartsWithOpener(sentence) || sentence.StartsWith("summar", StringComparison.OrdinalIgnoreCase)
            || sentence.StartsWith("compare", StringComparison.OrdinalIgnoreCase) || ChineseQuestion.Any(sentence))
        {
            return false;
        }
        foreach (var word in Subordinators)
        {
            if (sentence.StartsWith(word, StringComparison.OrdinalIgnoreCase) && sentence.Length > word.Length && sentence[word.Length] == ' ')
            {
                return false;
            }
        }
        var words = 0;
        var han = 0;
        var inWord = false;
        foreach (var c in sentence)
        {
            if (HanText.IsHan(c))
            {
                han++;
                inWord = false;
            }
            else if (char.IsLetterOrDigit(c))
            {
                words += inWord ? 0 : 1;
                inWord = true;
            }
            else
            {
                inWord = false;
            }
        }
        return words >= minWords || han >= 6;
    }

    private static bool StartsWithOpener(ReadOnlySpan<char> text)
    {
        foreach (var opener in QuestionOpeners)
        {
            if (text.StartsWith(opener, StringComparison.OrdinalIgnoreCase) && (text.Length == opener.Length || !char.IsLetter(text[opener.Length])))
            {
                return true;
            }
        }
        return false;
    }

    // A concrete amount, dose, age or full date points at a record ("$3,215", "3200元"; "45岁" is a signal already).
    private static bool HasAmountOrDate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '$' or '£' or '€' or '¥' or '￥' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                return true;
            }
            if (char.IsAsciiDigit(text[i]) && i + 2 < text.Length && text[i + 1] is '/' or '-' or '.' && char.IsAsciiDigit(text[i + 2])
                && (i == 0 || !char.IsAsciiDigit(text[i - 1]) || i + 3 < text.Length))
            {
                return true;
            }
            // "3200元", "500块" are a household's amounts (a year, "2015年", is not; "1000万" is more often a public figure's).
            if (char.IsAsciiDigit(text[i]) && i + 1 < text.Length && text[i + 1] is '元' or '块')
            {
                return true;
            }
            // "年终奖发了5万": one or two digits of 万 are a household's too.
            if (char.IsAsciiDigit(text[i]) && i + 1 < text.Length && text[i + 1] == '万' && (i == 0 || !char.IsAsciiDigit(text[i - 1])
                || (i >= 2 ? !char.IsAsciiDigit(text[i - 2]) : true)))
            {
                return true;
            }
        }
        return false;
    }

    // Placeholder openings as vectorised searches (case matters for some): "{{name}}", "[Name]", "XXX", "{客户}", 【 】, XX元.
    // The Han ones are looked for only where an opening bracket or "XX" is (one search over Han values is far slower); the
    // blanks and stock names that are words ("____", "DD/MM/YYYY", "Mr./Ms.", John Doe) are in the shared cue pass (Fiction).
    private static readonly SearchValues<string> PlaceholdersAnyCase = SearchValues.Create(
        ["[Name", "{name", "{first", "<name", "[Customer", "[Patient"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> PlaceholdersExact = SearchValues.Create(["{{", "XXX"], StringComparison.Ordinal);

    private static readonly SearchValues<string> HanPlaceholders =
        SearchValues.Create(["{客户", "{姓名", "【姓名", "【 】", "【】", "【  】", "＿＿", "XX元", "XX岁", "XX月"], StringComparison.Ordinal);

    internal static bool HasPlaceholder(string text)
    {
        var span = text.AsSpan();
        return span.ContainsAny(PlaceholdersExact) || HasOpenBlank(span)
            || ((span.ContainsAny('{', '【', '＿') || span.Contains("XX", StringComparison.Ordinal)) && span.ContainsAny(HanPlaceholders))
            || HasFieldToken(span) || HanTestData.IsStockTestData(span);
    }

    // "[Name]", "{first_name}", "<name>" — but not a redaction in a real record ("[Name redacted]", "[name removed]"): the rest
    // of that record is still someone's.
    private static bool HasOpenBlank(ReadOnlySpan<char> span)
    {
        for (var at = span.IndexOfAny(PlaceholdersAnyCase); at >= 0;)
        {
            if (!IsRedaction(span[at..]) && !IsSchemaFieldList(span[at..]))
            {
                return true;
            }
            var next = span[(at + 1)..].IndexOfAny(PlaceholdersAnyCase);
            at = next < 0 ? -1 : at + 1 + next;
        }
        return false;
    }

    private static readonly SearchValues<string> RedactionWords = SearchValues.Create(
        ["redact", "removed", "withheld", "omitted", "anonymi", "anonymy", "hidden", "deleted", "censored", "masked"], StringComparison.OrdinalIgnoreCase);

    // "Extract JSON {name, street, unit, city} from this order": a list of the fields to pull out of the data that follows, not a
    // template's blank ("{name}", "{first_name}").
    private static bool IsSchemaFieldList(ReadOnlySpan<char> from)
    {
        if (from[0] != '{')
        {
            return false;
        }
        var end = from[1..].IndexOfAnyExcept(FieldNameChars);
        return end > 0 && from[1 + end] == ',';
    }

    private static readonly SearchValues<char> FieldNameChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_");

    // A bracketed token (up to 40 characters) that says its content was taken out.
    private static bool IsRedaction(ReadOnlySpan<char> from)
    {
        var close = from[0] switch { '[' => ']', '{' => '}', _ => '>' };
        var end = from.IndexOf(close);
        return end is > 0 and <= 40 && from[1..end].ContainsAny(RedactionWords);
    }

    // What a template's bracketed blanks name: "[Candidate]", "[Amount]", "<first name>", "{new_salary}", "[DATE OF BIRTH]".
    private static readonly HashSet<string> FieldWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "name", "first", "last", "surname", "full", "amount", "salary", "pay", "wage", "bonus", "date", "dob", "birth", "age", "address",
        "company", "position", "title", "role", "candidate", "employee", "customer", "client", "patient", "recipient", "manager",
        "department", "number", "phone", "email", "sum", "figure", "value", "city", "diagnosis", "condition", "medication", "balance",
        "account", "tenant", "applicant", "borrower", "person", "insert",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FieldWordLookup = FieldWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // A bracketed blank anywhere: one to four words of letters (spaces, '_' or '-' between), no digits, with a field word
    // among them; "[text](link)" is a markdown link, not a blank.
    private static bool HasFieldToken(ReadOnlySpan<char> span)
    {
        for (var at = span.IndexOfAny('[', '{', '<'); at >= 0;)
        {
            var close = span[at] switch { '[' => ']', '{' => '}', _ => '>' };
            var rest = span[(at + 1)..];
            var end = rest.IndexOf(close);
            if (end is >= 1 and <= 40 && IsFieldToken(rest[..end].Trim("{ ")) && !(close == ']' && at + end + 2 < span.Length && span[at + end + 2] == '('))
            {
                return true;
            }
            var next = rest.IndexOfAny('[', '{', '<');
            at = next < 0 ? -1 : at + 1 + next;
        }
        return false;
    }

    private static bool IsFieldToken(ReadOnlySpan<char> token)
    {
        if (token.IsEmpty || token.ContainsAny(RedactionWords))
        {
            return false;
        }
        foreach (var c in token)
        {
            if (!char.IsAsciiLetter(c) && c is not ' ' and not '_' and not '-' and not '/' and not '.')
            {
                return false;
            }
        }
        var words = 0;
        var field = false;
        foreach (var range in token.SplitAny(" _-/."))
        {
            var word = token[range];
            if (word.IsEmpty)
            {
                continue;
            }
            words++;
            field |= FieldWordLookup.Contains(word);
        }
        return field && words <= 4;
    }
}
