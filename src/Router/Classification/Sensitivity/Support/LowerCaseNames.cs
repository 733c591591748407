namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Full names written all in lower case with no role word before them, as chats and quick notes write them ("olivia marchetti
/// hasn't paid", "hi this is priya natarajan"): the capitalised-word finder cannot see them. A known given name (a list of
/// common given names of many languages that are no English word: not "mark", "will", "rose") followed on its line by
/// one surname-like word that is no common English word. Tried only in texts that hardly use capitals at all, and only on lines
/// written in lower case (LatinNames.IsLowerCaseLine), so cased prose pays one count of its capitals.
/// </summary>
internal static class LowerCaseNames
{
    private static readonly HashSet<string> GivenNames = new(StringComparer.OrdinalIgnoreCase)
    {
        // English, Irish and Scottish.
        "james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles", "christopher", "daniel",
        "matthew", "anthony", "donald", "steven", "paul", "andrew", "joshua", "kenneth", "kevin", "brian", "george", "timothy",
        "edward", "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott",
        "brandon", "benjamin", "samuel", "gregory", "alexander", "patrick", "jack", "dennis", "jerry", "tyler", "aaron", "jose",
        "adam", "nathan", "henry", "zachary", "douglas", "peter", "kyle", "noah", "ethan", "jeremy", "walter", "christian", "keith",
        "roger", "terry", "sean", "gerald", "carl", "harold", "dylan", "arthur", "lawrence", "jesse", "bryan",
        "bruce", "gabriel", "logan", "alan", "juan", "albert", "willie", "elijah", "wayne", "randy", "vincent", "liam", "oliver",
        "harry", "oscar", "alfie", "charlie", "freddie", "archie", "theo", "finn", "callum", "connor", "declan", "niall",
        "ciaran", "cian", "eoin", "seamus", "conor", "rory", "aidan", "owen", "rhys", "gareth", "dafydd", "iwan", "hamish", "angus",
        "fergus", "alasdair", "euan", "lachlan", "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica",
        "sarah", "karen", "lisa", "nancy", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle",
        "carol", "amanda", "dorothy", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy",
        "angela", "shirley", "anna", "brenda", "pamela", "emma", "nicole", "helen", "samantha", "katherine", "christine", "debra",
        "rachel", "carolyn", "janet", "catherine", "maria", "heather", "diane", "julie", "joyce", "kelly", "christina",
        "lauren", "joan", "evelyn", "olivia", "judith", "megan", "cheryl", "martha", "andrea", "madison", "teresa", "sara", "janice",
        "jean", "alice", "abigail", "sophia", "julia", "judy", "marie", "denise", "danielle", "natalie", "diana", "brittany",
        "charlotte", "theresa", "kayla", "alexis", "lori", "amelia", "isla", "ava", "mia", "isabella", "poppy", "freya", "ella",
        "chloe", "sophie", "lucy", "harriet", "imogen", "eleanor", "aoife", "siobhan", "niamh", "saoirse", "ciara", "orla",
        "sinead", "roisin", "caoimhe", "sian", "cerys", "ffion", "bethan", "eilidh", "morag", "kirsty", "hannah", "zoe", "jasmine",
        "megan", "bethany", "gemma", "tracey", "leanne", "stacey", "kirsten", "gwen", "edith", "edna", "mildred", "agnes",
        // Romance languages.
        "carlos", "luis", "miguel", "javier", "alejandro", "diego", "pablo", "sergio", "jorge", "alberto", "fernando", "ricardo",
        "eduardo", "andres", "manuel", "francisco", "antonio", "rafael", "raul", "enrique", "ramon", "joaquin", "santiago", "mateo",
        "lucia", "carmen", "elena", "isabel", "pilar", "rocio", "marta", "beatriz", "ines", "sofia", "valentina", "camila",
        "ximena", "guadalupe", "fernanda", "gabriela", "daniela", "paula", "alejandra", "joao", "tiago", "goncalo", "rodrigo",
        "thiago", "felipe", "bruno", "vinicius", "leticia", "fernanda", "juliana", "mariana", "larissa", "giovanni", "giuseppe",
        "marco", "luca", "matteo", "lorenzo", "alessandro", "francesco", "stefano", "davide", "giulia", "chiara", "francesca",
        "alessia", "federica", "giorgia", "martina", "silvia", "simona", "simone", "jean-luc", "jean-pierre", "pierre", "francois",
        "nicolas", "julien", "mathieu", "guillaume", "antoine", "thibault", "camille", "manon", "chloe", "amelie", "aurelie",
        "celine", "elodie", "margaux", "mathilde", "sylvie", "nathalie", "isabelle", "virginie", "delphine", "mihai", "andrei",
        "ionut", "bogdan", "cristian", "alexandru", "ioana", "andreea", "bianca", "raluca",
        // Germanic, Nordic, Baltic and Slavic.
        "lukas", "jonas", "felix", "maximilian", "moritz", "tobias", "florian", "jannik", "niklas", "sebastian", "stefan", "jurgen",
        "klaus", "wolfgang", "dieter", "hans", "uwe", "katharina", "lena", "leonie", "anja", "ute", "birgit", "sabine", "heike",
        "claudia", "stefanie", "pieter", "joris", "bram", "sander", "sanne", "lotte", "femke", "anouk", "lars", "anders", "erik",
        "henrik", "magnus", "nils", "olav", "sven", "bjorn", "mikko", "jukka", "matti", "juha", "antti", "ingrid", "astrid", "sigrid",
        "solveig", "liisa", "aino", "kaisa", "jakub", "piotr", "krzysztof", "tomasz", "marcin", "pawel", "lukasz", "agnieszka",
        "katarzyna", "malgorzata", "magdalena", "joanna", "zofia", "ondrej", "jiri", "tereza", "dmitri", "dmitry", "sergei",
        "sergey", "vladimir", "alexei", "mikhail", "nikolai", "olga", "natalia", "svetlana", "irina", "tatiana", "oksana", "olena",
        "taras", "bohdan", "milos", "dragan", "jelena", "ivana", "marija",
        // South and Southeast Asian, Middle Eastern and African.
        "priya", "anjali", "deepa", "divya", "kavya", "lakshmi", "meena", "neha", "pooja", "sunita", "rahul", "rohan", "arjun",
        "vikram", "sanjay", "rajesh", "suresh", "ramesh", "anil", "amit", "vijay", "arun", "karthik", "nikhil", "aditya", "harpreet",
        "gurpreet", "jaspreet", "mohammed", "muhammad", "mohamed", "ahmed", "ahmad", "hassan", "hussein", "omar", "tariq", "khalid",
        "yusuf", "ibrahim", "mustafa", "karim", "rashid", "fatima", "aisha", "ayesha", "zainab", "maryam", "leila", "layla", "noor",
        "yasmin", "amira", "samira", "mehmet", "emre", "burak", "elif", "zeynep", "ayse", "kwame", "kofi", "kwabena", "yaw", "ama",
        "akosua", "abena", "chinedu", "chukwuemeka", "emeka", "obinna", "ifeanyi", "oluwaseun", "olumide", "tunde", "ade", "bola",
        "ngozi", "chioma", "adaeze", "amara", "folake", "funmi", "yetunde", "thabo", "sipho", "themba", "lerato", "nomvula", "zanele",
        "wanjiru", "wanjiku", "otieno", "kamau", "njeri", "tendai", "tatenda", "chipo", "nguyen", "minh", "thanh", "huong", "linh",
        "budi", "siti", "dewi", "agus", "rizky", "putri", "ayu", "wayan", "rosa", "ana",
        // East Asian given names as romanised (the surname-first order is read the other way round by the same rule).
        "hiroshi", "takashi", "kenji", "haruto", "yuto", "sota", "yuki", "yuka", "haruka", "sakura", "aoi", "yui", "tomoko", "keiko",
        "akiko", "minjun", "seojun", "jiwoo", "seoyeon", "jiwon", "minji", "jisoo", "wei", "xiaoming", "jing", "yan", "mei", "ling",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GivenNameLookup = GivenNames.GetAlternateLookup<ReadOnlySpan<char>>();

    // Words that follow a given name and are no surname: what a chat goes on with after a first name alone ("priya said", "tom
    // just called"), beside LatinNames.IsNotName's function words.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotSurnameLookup = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "told", "tells", "tell", "asked", "asks", "ask", "thinks", "think", "thought", "wants", "want", "wanted",
        "needs", "need", "needed", "got", "gets", "get", "go", "goes", "went", "gone", "come", "comes", "came", "know", "knows", "knew",
        "like", "likes", "liked", "love", "loves", "loved", "take", "takes", "took", "make", "makes", "made", "see", "sees", "saw",
        "seen", "look", "looks", "sent", "sends", "calls", "called", "give", "gives", "gave", "keep", "keeps", "kept", "feel", "feels",
        "felt", "seems", "seem", "hope", "hopes", "try", "tries", "tried", "work", "works", "worked", "starts", "started", "stops",
        "stopped", "stays", "stayed", "lives", "lived", "left", "leaves", "moved", "moves", "owes", "owed", "pays", "paid", "wrote",
        "writes", "replied", "agreed", "here", "there", "again", "too", "very", "so", "then", "now", "still", "already", "always",
        "never", "really", "lol", "pls", "plz", "thx", "ok", "okay", "btw", "isn't", "wasn't", "doesn't", "didn't", "hasn't",
        "hadn't", "can't", "won't", "couldn't", "wouldn't", "shouldn't", "don't", "aren't", "weren't", "i'm", "is", "was", "has",
        "had", "and", "or", "but", "nor", "yet", "who", "whose", "which", "that", "than", "as", "if", "because", "while", "until",
        "into", "onto", "over", "under", "up", "down", "out", "off", "back", "away", "home", "later", "soon", "first", "last",
        "next", "both", "either", "neither", "herself", "himself", "mentioned", "explained", "wonders", "wondered", "thanks",
        "says", "reckons", "suggested", "recommends", "recommended", "please", "will", "would", "can", "could", "should", "might",
        "must", "may", "shall", "did", "does", "do", "were", "are", "be", "been", "am", "my", "me", "you", "your", "his", "her",
        "him", "she", "he", "they", "them", "their", "it", "its", "we", "our", "us", "the", "a", "an", "this", "these", "those",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    [ThreadStatic]
    private static List<(int Start, int End)>? t_words;

    /// <summary>
    /// Whether the text hardly uses capitals (few A–Z letters for its length): only then can a lower-case name be in it.
    /// Counts no further than the limit, so cased prose stops after a few searches.
    /// </summary>
    public static bool MayHave(string text)
    {
        var limit = 3 + text.Length / 150;
        var span = text.AsSpan();
        for (var count = 0; ; count++)
        {
            var at = span.IndexOfAnyInRange('A', 'Z');
            if (at < 0)
            {
                return true;
            }
            if (count >= limit)
            {
                return false;
            }
            span = span[(at + 1)..];
        }
    }

    /// <summary>Adds the lower-case full names of <paramref name="text"/> that overlap none of <paramref name="names"/>.</summary>
    public static void Find(string text, List<TextSpan> names)
    {
        var words = t_words ??= [];
        LatinNames.AddWords(text, words);
        var found = names.Count;
        for (var w = 0; w + 1 < words.Count; w++)
        {
            var given = Word(text, words[w]);
            if (SelfIntroduced(text, words, w) is var introduced and > 0)
            {
                var named = new TextSpan(words[w].Start, words[w + introduced - 1].End);
                if (!Overlaps(names, found, named))
                {
                    names.Add(named);
                }
                w += introduced - 1;
                continue;
            }
            if (!char.IsLower(given[0]) || !GivenNameLookup.Contains(given) || !SameLine(text, words[w].End, words[w + 1].Start))
            {
                continue;
            }
            var surname = Word(text, words[w + 1]);
            if (!IsSurnameLike(surname) || !LatinNames.IsLowerCaseLine(text, words[w].Start))
            {
                continue;
            }
            // "reading about olivia newton-john", "tell me about maria callas": someone read or asked about, most often famous.
            if (w > 0 && Word(text, words[w - 1]).Equals("about", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var span = new TextSpan(words[w].Start, words[w + 1].End);
            if (!Overlaps(names, found, span))
            {
                names.Add(span);
            }
            w++;
        }
    }

    // "… im dania al-masri btw", "…, i'm lim jia hui, is it enough": a chat writer introducing themselves in lower case. Two or three
    // surname-like words right after "im" / "i'm" / "i am", none an everyday state ("im pretty tired"), and the run closed by
    // punctuation, the line's end or "btw": the count of words, or 0.
    private static int SelfIntroduced(string text, List<(int Start, int End)> words, int w)
    {
        if (w == 0 || !char.IsLower(text[words[w].Start]) || !IntroLeads(text, words, w))
        {
            return 0;
        }
        var count = 0;
        while (count < 3 && w + count < words.Count && (count == 0 || SameLine(text, words[w + count - 1].End, words[w + count].Start))
            && IsSurnameLike(Word(text, words[w + count])) && !StateWordLookup.Contains(Word(text, words[w + count])))
        {
            count++;
        }
        if (count < 2)
        {
            return 0;
        }
        var end = words[w + count - 1].End;
        var closed = end == text.Length || text[end] is ',' or '.' or '!' or '?' or ';' or ')' or '\n' or '\r'
            || text.AsSpan(end).StartsWith(" btw", StringComparison.Ordinal) || text.AsSpan(end).StartsWith(" —", StringComparison.Ordinal)
            || text.AsSpan(end).StartsWith(" -", StringComparison.Ordinal) || text.AsSpan(end).StartsWith(" here", StringComparison.Ordinal);
        return closed && LatinNames.IsLowerCaseLine(text, words[w].Start) ? count : 0;
    }

    // "im", "i'm", "i’m" (one word or "i" and "m") or "i am" right before the word.
    private static bool IntroLeads(string text, List<(int Start, int End)> words, int w)
    {
        var before = text.AsSpan(0, words[w].Start);
        return before.EndsWith(" im ", StringComparison.Ordinal) || before.EndsWith(" i'm ", StringComparison.Ordinal)
            || before.EndsWith(" i’m ", StringComparison.Ordinal) || before.EndsWith(" i am ", StringComparison.Ordinal)
            || before is "im " or "i'm " or "i’m " || before.EndsWith(",im ", StringComparison.Ordinal);
    }

    // States and fillers a writer says of themselves after "im" ("im pretty tired", "im kinda broke rn").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StateWordLookup = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "pretty", "tired", "sick", "sure", "sorry", "happy", "sad", "fine", "good", "bad", "busy", "free", "late", "early", "ready",
        "done", "broke", "poor", "rich", "single", "married", "pregnant", "stressed", "scared", "worried", "confused", "curious",
        "excited", "desperate", "stuck", "lost", "bored", "hungry", "sleepy", "exhausted", "nervous", "afraid", "glad", "alone",
        "just", "only", "literally", "actually", "basically", "honestly", "kinda", "sorta", "gonna", "currently", "totally", "fully",
        "almost", "nearly", "kind", "sort", "new", "old", "rn", "tbh", "idk", "lowkey", "highkey", "legit", "dead", "dying", "ill",
        "better", "worse", "fed", "sick", "hyped", "keen", "interested", "available", "unemployed", "employed", "retired", "student",
        "freelance", "freelancer", "vegan", "vegetarian", "allergic", "diabetic", "asthmatic", "fasting", "behind", "ahead", "fully",
        "moving", "leaving", "staying", "coming", "working", "living", "studying", "trying", "hoping", "planning", "thinking",
        "wondering", "asking", "looking", "feeling", "getting", "doing", "being", "having", "still", "also", "even", "such", "quite",
        "bit", "little", "lot", "big", "huge", "major", "total", "complete", "real", "true", "fan", "huge", "mum", "mom", "dad",
        "parent", "teacher", "nurse", "doctor", "engineer", "manager", "owner", "landlord", "tenant", "member", "beginner", "newbie",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // Lower case, at least two letters, no function word or common verb, no -ing or -ed form of a verb ("priya texting",
    // "omar booked").
    private static bool IsSurnameLike(ReadOnlySpan<char> word) =>
        word.Length >= 2 && char.IsLower(word[0]) && !LatinNames.IsNotName(word) && !NotSurnameLookup.Contains(word)
        && !(word.Length > 5 && (word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal)));

    private static bool Overlaps(List<TextSpan> names, int count, TextSpan span)
    {
        for (var i = 0; i < count; i++)
        {
            if (names[i].Overlaps(span))
            {
                return true;
            }
        }
        return false;
    }

    private static bool SameLine(string text, int from, int to) => to - from == 1 && text[from] == ' ';

    private static ReadOnlySpan<char> Word(string text, (int Start, int End) word) => text.AsSpan(word.Start, word.End - word.Start);
}
