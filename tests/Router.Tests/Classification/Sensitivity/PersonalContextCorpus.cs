using Router.Classification.Difficulty.Training;
using Router.Classification.Difficulty.Training.Sensitivity;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>
/// Training rows for the personal-data model, from TUNING sources only: the hand-written contextual tuning files (each a
/// different author or pass), the recombined presidio templates, the presidio tuning half (even template ids, labelled by
/// <see cref="ContextualEvaluation.LoadPresidio"/>), and general questions from ../shared/data/routing as negatives.
/// Positive rows of identifier kinds (cards) are skipped: the identifier detectors own those.
/// </summary>
internal static class PersonalContextCorpus
{
    public static readonly string[] PromptFiles =
    [
        "contextual-tuning.tsv", "contextual-tuning-2.tsv", "contextual-tuning-3.tsv", "contextual-tuning-4.tsv",
        "contextual-tuning-5.tsv", "contextual-tuning-6.tsv", "contextual-tuning-7.tsv", "contextual-tuning-8.tsv", "contextual-tuning-9.tsv",
        "contextual-zh-tuning.tsv", "contextual-zh-tuning-2.tsv",
    ];

    public static readonly string[] TemplateFiles =
    [
        "presidio-recombined-templates.tsv", "presidio-recombined-templates-2.tsv", "presidio-recombined-templates-3.tsv",
        "presidio-recombined-templates-4.tsv", "presidio-recombined-templates-5.tsv",
    ];

    public const string PresidioSource = "presidio-even-half";

    /// <summary>Every tuning row, with its source (file name, or <see cref="PresidioSource"/>).</summary>
    public static IReadOnlyList<PersonalContextRow> Tuning()
    {
        var presidio = PresidioDevEvaluationTests.FindDataFile(Path.Combine("shared", "data", "pii", "presidio_generated_large.json"));
        var rows = new List<PersonalContextRow>();
        foreach (var file in PromptFiles.Where(Exists))
        {
            rows.AddRange(ContextualEvaluation.LoadPrompts(file, unescapeNewlines: true)
                .Where(i => !(i.Sensitive && IsIdentifierKind(i.Kind)))
                .Select(i => new PersonalContextRow(i.Text, i.Sensitive, file)));
        }

        foreach (var file in TemplateFiles.Where(Exists))
        {
            rows.AddRange(ContextualEvaluation.LoadRecombined(presidio, file, 6, 15).Select(i => new PersonalContextRow(i.Text, i.Sensitive, file)));
        }

        // heldOut: false — the even (tuning) half only; the odd half is never loaded here.
        rows.AddRange(ContextualEvaluation.LoadPresidio(presidio, heldOut: false).Select(i => new PersonalContextRow(i.Text, i.Sensitive, PresidioSource)));
        return rows;
    }

    /// <summary>
    /// General questions (MMLU and GSM8K prompts), split in two fixed halves: MMLU subjects alternately by name order,
    /// GSM8K prompts alternately by position. The first half is trained on, the second only counted.
    /// </summary>
    public static (IReadOnlyList<PersonalContextRow> Train, IReadOnlyList<string> HeldBack) General()
    {
        var gsm = PresidioDevEvaluationTests.FindDataFile(Path.Combine("shared", "data", "routing", "gsm8k", "gsm8k_responses.csv"));
        var dir = Path.GetDirectoryName(Path.GetDirectoryName(gsm))!;
        var train = new List<PersonalContextRow>();
        var heldBack = new List<string>();
        var subjects = RoutingDataReader.ReadMmlu(dir).GroupBy(p => p.Group).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        for (var s = 0; s < subjects.Count; s++)
        {
            Add(subjects[s].Select(p => p.Prompt), s % 2 == 0);
        }

        var math = RoutingDataReader.ReadGsm8k(dir);
        for (var i = 0; i < math.Count; i++)
        {
            Add([math[i].Prompt], i % 2 == 0);
        }

        return (train, heldBack);

        void Add(IEnumerable<string> prompts, bool toTrain)
        {
            foreach (var prompt in prompts)
            {
                if (toTrain)
                {
                    train.Add(new PersonalContextRow(prompt, false, PersonalContextTrainer.GeneralSource));
                }
                else
                {
                    heldBack.Add(prompt);
                }
            }
        }
    }

    private static bool IsIdentifierKind(string kind) => kind.EndsWith("/card", StringComparison.Ordinal);

    private static bool Exists(string file) =>
        File.Exists(Path.Combine(AppContext.BaseDirectory, "Classification", "Sensitivity", "Data", file));
}
