namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Full names of people so widely known that a question or remark about their birth, health or pay is general knowledge,
/// not a private record (the policy's "public figures and historical persons"): leaders, scientists, artists, athletes and
/// business people a user asks an assistant about. A name found in text is looked up once (possessive "'s" dropped).
/// Chinese names jieba knows as persons are vetoed by the name finder already (without a label); today's Chinese public
/// figures are listed here too.
/// </summary>
internal static class PublicFigures
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        // Politics and history.
        "Barack Obama", "Michelle Obama", "Joe Biden", "Donald Trump", "Kamala Harris", "Hillary Clinton", "Bill Clinton",
        "George Bush", "George W. Bush", "Ronald Reagan", "Richard Nixon", "John F. Kennedy", "John Kennedy", "Jimmy Carter",
        "Franklin Roosevelt", "Theodore Roosevelt", "Abraham Lincoln", "George Washington", "Thomas Jefferson", "Benjamin Franklin",
        "Winston Churchill", "Margaret Thatcher", "Tony Blair", "Boris Johnson", "Theresa May", "Rishi Sunak", "Keir Starmer",
        "Queen Elizabeth", "Elizabeth II", "Princess Diana", "Prince Harry", "Prince William", "Kate Middleton", "Meghan Markle",
        "King Charles", "Angela Merkel", "Emmanuel Macron", "Vladimir Putin", "Volodymyr Zelensky", "Justin Trudeau",
        "Narendra Modi", "Nelson Mandela", "Mahatma Gandhi", "Martin Luther King", "Martin Luther", "Malcolm X", "Rosa Parks",
        "Napoleon Bonaparte", "Julius Caesar", "Cleopatra", "Alexander the Great", "Joan of Arc", "Adolf Hitler", "Joseph Stalin",
        "Mao Zedong", "Xi Jinping", "Deng Xiaoping", "Fidel Castro", "Che Guevara", "Mother Teresa", "Pope Francis",
        "Dalai Lama", "Anne Frank", "Florence Nightingale", "Eleanor Roosevelt", "Golda Meir", "Indira Gandhi", "Jacinda Ardern",
        "Kim Jong Un", "Kim Jong-un", "Kim Jong-il", "Kim Jong Il", "Kim Il-sung", "Kim Il Sung", "Moon Jae-in", "Yoon Suk-yeol",
        "Lee Jae-myung", "Park Geun-hye", "Park Chung-hee", "Ban Ki-moon", "Son Heung-min", "Ho Chi Minh", "Hồ Chí Minh",
        "Vo Nguyen Giap", "Võ Nguyên Giáp", "Nguyễn Du", "Nguyen Du", "Lech Wałęsa", "Lech Walesa", "Václav Havel", "Vaclav Havel",
        "Nicolae Ceaușescu", "Nicolae Ceausescu", "Recep Tayyip Erdoğan", "Recep Tayyip Erdogan", "Mustafa Kemal", "Sukarno",
        "Joko Widodo", "Mikhail Gorbachev", "Charles de Gaulle", "Otto von Bismarck", "Queen Victoria", "Henry VIII",
        // Science, medicine and thought.
        "Albert Einstein", "Isaac Newton", "Marie Curie", "Charles Darwin", "Galileo Galilei", "Nikola Tesla", "Thomas Edison",
        "Stephen Hawking", "Alan Turing", "Ada Lovelace", "Richard Feynman", "Niels Bohr", "Max Planck", "Sigmund Freud",
        "Carl Jung", "Louis Pasteur", "Alexander Fleming", "Gregor Mendel", "Rosalind Franklin", "Carl Sagan", "Jane Goodall",
        "Leonardo da Vinci", "Nicolaus Copernicus", "Johannes Kepler", "Karl Marx", "Friedrich Nietzsche", "Immanuel Kant",
        "Gottfried Leibniz", "Rene Descartes", "René Descartes", "Blaise Pascal", "Oliver Sacks", "Neil deGrasse Tyson",
        "Neil Armstrong", "Buzz Aldrin", "Yuri Gagarin", "Sally Ride", "Tu Youyou",
        // Arts and letters.
        "William Shakespeare", "Charles Dickens", "Jane Austen", "Mark Twain", "Ernest Hemingway", "Leo Tolstoy", "Fyodor Dostoevsky",
        "Virginia Woolf", "George Orwell", "J.K. Rowling", "JK Rowling", "Stephen King", "Agatha Christie", "Oscar Wilde",
        "Edgar Allan Poe", "Emily Dickinson", "Sylvia Plath", "Frida Kahlo", "Pablo Picasso", "Vincent van Gogh", "Claude Monet",
        // Writers and artists named by spaced initials, and those of other languages a translate request quotes.
        "J. R. R. Tolkien", "J.R.R. Tolkien", "J. K. Rowling", "C. S. Lewis", "C.S. Lewis", "T. S. Eliot", "T.S. Eliot", "H. G. Wells",
        "W. B. Yeats", "J. D. Salinger", "F. Scott Fitzgerald", "A. A. Milne", "E. M. Forster", "D. H. Lawrence", "W. H. Auden",
        "J. P. Morgan", "J. Robert Oppenheimer", "Robert Oppenheimer", "Victor Hugo", "Miguel de Cervantes", "Johann Wolfgang von Goethe",
        "Gabriel García Márquez", "Gabriel Garcia Marquez", "Pablo Neruda", "Federico García Lorca", "Jorge Luis Borges",
        "Antoine de Saint-Exupéry", "Albert Camus", "Jean-Paul Sartre", "Simone de Beauvoir", "Marcel Proust", "Gustave Flaubert",
        "Émile Zola", "Emile Zola", "Thomas Mann", "Franz Kafka", "Hermann Hesse", "Dante Alighieri", "Umberto Eco", "Fernando Pessoa",
        "José Saramago", "Paulo Coelho", "Isabel Allende", "Mario Vargas Llosa", "Edith Piaf", "Coco Chanel", "Luciano Pavarotti",
        "Giuseppe Verdi", "Antonio Vivaldi", "Johann Strauss", "Rainer Maria Rilke", "Bertolt Brecht", "Alexandre Dumas", "Jules Verne",
        "Michelangelo", "Salvador Dali", "Andy Warhol", "Ludwig van Beethoven", "Wolfgang Amadeus Mozart", "Johann Sebastian Bach",
        "Frederic Chopin", "Frédéric Chopin", "Elvis Presley", "John Lennon", "Paul McCartney", "Freddie Mercury", "David Bowie",
        "Michael Jackson", "Prince Rogers Nelson", "Whitney Houston", "Amy Winehouse", "Kurt Cobain", "Bob Dylan", "Bob Marley",
        "Taylor Swift", "Beyonce", "Beyoncé Knowles", "Rihanna", "Lady Gaga", "Adele Adkins", "Ed Sheeran", "Justin Bieber",
        "Selena Gomez", "Ariana Grande", "Billie Eilish", "Kanye West", "Kim Kardashian", "Jay-Z", "Eminem", "Madonna",
        "Elton John", "Mick Jagger", "Celine Dion", "Dolly Parton", "Britney Spears", "Miley Cyrus", "Harry Styles",
        "Marilyn Monroe", "Audrey Hepburn", "Charlie Chaplin", "Robin Williams", "Tom Hanks", "Tom Cruise", "Brad Pitt",
        "Angelina Jolie", "Leonardo DiCaprio", "Meryl Streep", "Morgan Freeman", "Denzel Washington", "Keanu Reeves",
        "Johnny Depp", "Jennifer Aniston", "Jennifer Lopez", "Will Smith", "Scarlett Johansson", "Emma Watson", "Daniel Radcliffe",
        "Robert De Niro", "Al Pacino", "Jack Nicholson", "Nicole Kidman", "Julia Roberts", "Sandra Bullock", "George Clooney",
        "Matthew Perry", "Bruce Willis", "Michael J. Fox", "Christopher Reeve", "Val Kilmer", "Jackie Chan", "Bruce Lee",
        "Steven Spielberg", "Alfred Hitchcock", "Quentin Tarantino", "Christopher Nolan", "Oprah Winfrey", "Ellen DeGeneres",
        "Walt Disney", "Stan Lee", "Heath Ledger", "Paul Walker", "Chadwick Boseman", "Sean Connery", "Judi Dench",
        // Sport.
        "Michael Jordan", "LeBron James", "Kobe Bryant", "Stephen Curry", "Shaquille O'Neal", "Serena Williams", "Venus Williams",
        "Roger Federer", "Rafael Nadal", "Novak Djokovic", "Andy Murray", "Cristiano Ronaldo", "Lionel Messi", "David Beckham",
        "Pele", "Pelé", "Diego Maradona", "Kylian Mbappe", "Kylian Mbappé", "Neymar", "Zinedine Zidane", "Wayne Rooney",
        "Usain Bolt", "Muhammad Ali", "Mike Tyson", "Tiger Woods", "Lewis Hamilton", "Michael Schumacher", "Ayrton Senna",
        "Simone Biles", "Michael Phelps", "Tom Brady", "Wayne Gretzky", "Babe Ruth", "Lance Armstrong", "Naomi Osaka",
        "Yao Ming", "Li Na", "Sachin Tendulkar", "Virat Kohli", "Magic Johnson", "Arnold Schwarzenegger",
        // Business and technology.
        "Elon Musk", "Jeff Bezos", "Bill Gates", "Melinda Gates", "Steve Jobs", "Steve Wozniak", "Mark Zuckerberg", "Warren Buffett",
        "Tim Cook", "Satya Nadella", "Sundar Pichai", "Larry Page", "Sergey Brin", "Jack Ma", "Richard Branson", "Sam Altman",
        "Jensen Huang", "Larry Ellison", "Michael Dell", "Sheryl Sandberg", "Oprah", "Henry Ford", "Walt Whitman", "Coco Chanel",
        "Elizabeth Holmes", "Sam Bankman-Fried", "Bernie Madoff", "Jamie Dimon", "George Soros", "Rupert Murdoch", "Howard Hughes",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Names.GetAlternateLookup<ReadOnlySpan<char>>();

    // Chinese public figures a user asks about by name alone (雷军今年多大了, 听说任正非已经八十岁了): business leaders, stars,
    // athletes, leaders and scientists of today, most of whom jieba's dictionary does not know as persons. Not names that
    // many private people carry (李强, 李斌, 张勇, 杨洋, 王毅). A record label or relation right before such a name (员工, 我同事)
    // still makes it a private namesake's.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HanLookup = new HashSet<string>(StringComparer.Ordinal)
    {
        // Business.
        "马云", "马化腾", "雷军", "任正非", "董明珠", "刘强东", "李彦宏", "张一鸣", "王健林", "王思聪", "李嘉诚", "许家印", "宗庆后", "宗馥莉",
        "俞敏洪", "罗永浩", "曹德旺", "王传福", "曾毓群", "柳传志", "杨元庆", "周鸿祎", "李书福", "潘石屹", "丁磊", "张朝阳", "王兴",
        "黄峥", "程维", "王卫", "钟睒睒", "郭台铭", "张忠谋", "黄仁勋", "苏姿丰", "何小鹏", "孙宇晨", "董宇辉", "李佳琦",
        "何享健", "梁稳根", "张近东", "马明哲", "王石", "褚时健", "史玉柱", "陈天桥", "沈南鹏", "蔡崇信", "孙正义", "李开复",
        // Film, music and television.
        "周杰伦", "刘德华", "成龙", "王菲", "杨幂", "赵丽颖", "刘亦菲", "范冰冰", "章子怡", "巩俐", "张艺谋", "李连杰", "梁朝伟",
        "周星驰", "吴京", "沈腾", "易烊千玺", "王一博", "肖战", "蔡徐坤", "鹿晗", "林俊杰", "邓紫棋", "薛之谦", "那英", "谢霆锋",
        "张学友", "郭富城", "古天乐", "杨紫", "迪丽热巴", "李宇春", "张靓颖", "黄渤", "徐峥", "葛优", "陈道明", "孙俪", "邓超", "胡歌",
        "黄晓明", "赵薇", "舒淇", "林志玲", "蔡依林", "汪峰", "郭德纲", "岳云鹏", "贾玲", "杨超越", "王俊凯", "周冬雨", "张国荣",
        "梅艳芳", "邓丽君", "张曼玉", "刘嘉玲", "周润发", "甄子丹", "李小龙", "陈奕迅", "王力宏", "孙燕姿", "朱一龙",
        "欧阳娜娜", "李子柒", "何炅", "撒贝宁", "董卿", "白岩松", "罗翔", "刘慈欣", "莫言", "余华", "金庸", "琼瑶",
        // Sport.
        "刘翔", "姚明", "郎平", "孙杨", "苏炳添", "谷爱凌", "全红婵", "张继科", "林丹", "丁俊晖", "武大靖", "朱婷", "易建联", "郭晶晶",
        "邓亚萍", "樊振东", "孙颖莎", "王楚钦", "郑钦文", "潘展乐", "刘国梁", "王濛", "孙继海",
        // Politics and science.
        "习近平", "李克强", "温家宝", "胡锦涛", "江泽民", "朱镕基", "蔡英文", "赖清德", "马英九", "李家超", "林郑月娥", "梁振英",
        "袁隆平", "钟南山", "屠呦呦", "杨振宁", "施一公", "潘建伟", "张文宏", "李兰娟", "王亚平", "杨利伟", "李在明", "尹锡悦", "文在寅",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the name at <paramref name="name"/> is one of the listed public figures (a trailing "'s" ignored).</summary>
    public static bool IsKnown(string text, TextSpan name)
    {
        var span = text.AsSpan(name.Start, name.End - name.Start);
        if (span.EndsWith("'s", StringComparison.Ordinal) || span.EndsWith("’s", StringComparison.Ordinal))
        {
            span = span[..^2];
        }
        if (HanText.IsHan(span[0]))
        {
            return HanLookup.Contains(span) && !ChineseNames.HasLabelOrRelationBefore(text, name.Start);
        }
        return Lookup.Contains(span) || (span.Length > 1 && span[^1] is '\'' or '’' && Lookup.Contains(span[..^1]));
    }
}
