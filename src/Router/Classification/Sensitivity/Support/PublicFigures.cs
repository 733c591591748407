namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Full names of people so widely known that a question or remark about their birth, health or pay is general knowledge,
/// not a private record (the policy's "public figures and historical persons"): leaders, scientists, artists, athletes and
/// business people a user asks an assistant about. A name found in text is looked up once (possessive "'s" dropped).
/// The list is a veto for Latin names only; Chinese public figures are handled by the name finder's known-person list.
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

    /// <summary>Whether the name at <paramref name="name"/> is one of the listed public figures (a trailing "'s" ignored).</summary>
    public static bool IsKnown(string text, TextSpan name)
    {
        var span = text.AsSpan(name.Start, name.End - name.Start);
        if (span.EndsWith("'s", StringComparison.Ordinal) || span.EndsWith("’s", StringComparison.Ordinal))
        {
            span = span[..^2];
        }
        return Lookup.Contains(span) || (span.Length > 1 && span[^1] is '\'' or '’' && Lookup.Contains(span[..^1]));
    }
}
