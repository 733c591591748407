using System.CommandLine;
using System.Globalization;
using Router.Classification.Difficulty;
using Router.Classification.Difficulty.Training;

namespace Router.Cli.Commands;

/// <summary><c>router train-difficulty --data DIR --out FILE</c>: trains the difficulty model and prints its cross-validation.</summary>
internal static class TrainDifficultyCommand
{
    private static readonly TrainingOptions ChoiceDefaults = TrainingDefaults.MultipleChoice;
    private static readonly TrainingOptions FreeDefaults = TrainingDefaults.FreeForm;

    internal static Command Create()
    {
        var data = new Option<DirectoryInfo>("--data") { Description = "Routing data folder (mmlu/, gsm8k/).", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Model file to write (difficulty.model.json).", Required = true };
        var choiceDense = Number("--mc-dense-penalty", "L2 penalty on dense features, multiple-choice model.", ChoiceDefaults.DensePenalty);
        var choiceBuckets = Number("--mc-bucket-penalty", "L2 penalty on hashed n-grams, multiple-choice model.", ChoiceDefaults.BucketPenalty);
        var freeDense = Number("--free-dense-penalty", "L2 penalty on dense features, free-form model.", FreeDefaults.DensePenalty);
        var freeBuckets = Number("--free-bucket-penalty", "L2 penalty on hashed n-grams, free-form model.", FreeDefaults.BucketPenalty);
        var target = new Option<TrainingTarget>("--target") { Description = "Label fitted before calibration.", DefaultValueFactory = _ => ChoiceDefaults.Target };
        var balance = Number("--group-balance", "Per-subject weight exponent: 0 per prompt, 1 per subject.", ChoiceDefaults.GroupBalance);
        var seed = new Option<int>("--seed") { Description = "Seed for fold assignment and the random baseline.", DefaultValueFactory = _ => ChoiceDefaults.Seed };
        var subjectFolds = new Option<int>("--subject-folds") { Description = "MMLU folds, grouped by subject.", DefaultValueFactory = _ => 10 };
        var command = new Command("train-difficulty", "Train the difficulty model from RouteLLM correctness data and report cross-validation.")
        {
            data, output, choiceDense, choiceBuckets, freeDense, freeBuckets, target, balance, seed, subjectFolds,
        };
        command.SetAction(parse =>
        {
            var choice = ChoiceDefaults with
            {
                DensePenalty = parse.GetValue(choiceDense), BucketPenalty = parse.GetValue(choiceBuckets),
                Target = parse.GetValue(target), Seed = parse.GetValue(seed), GroupBalance = parse.GetValue(balance),
            };
            var free = FreeDefaults with
            {
                DensePenalty = parse.GetValue(freeDense), BucketPenalty = parse.GetValue(freeBuckets),
                Target = parse.GetValue(target), Seed = parse.GetValue(seed),
            };
            var trainer = new DifficultyTrainer(choice, free, message => Console.Error.WriteLine(message)) { SubjectFolds = parse.GetValue(subjectFolds) };
            return Run(parse.GetRequiredValue(data), parse.GetRequiredValue(output), trainer);
        });
        return command;
    }

    private static Option<double> Number(string name, string description, double value) =>
        new(name) { Description = description, DefaultValueFactory = _ => value };

    private static int Run(DirectoryInfo data, FileInfo output, DifficultyTrainer trainer)
    {
        var (model, reports) = trainer.Train(RoutingDataReader.ReadMmlu(data.FullName), RoutingDataReader.ReadGsm8k(data.FullName));
        Console.WriteLine("Strong-call share needed to keep 95 % of strong-only accuracy (cross-validated; lower is better)");
        Console.WriteLine($"{"dataset",-12} {"prompts",8} {"validation",-30} {"random",7} {"length",7} {"oracle",7} {"model",7}");
        var lines = reports.Select(r => string.Create(
            CultureInfo.InvariantCulture,
            $"{r.Dataset,-12} {r.Prompts,8} {r.Validation,-30} {r.Random,7:F3} {r.Length,7:F3} {(r.GroupOracle is { } o ? o.ToString("F3", CultureInfo.InvariantCulture) : "-"),7} {r.Model,7:F3}")).ToArray();
        foreach (var line in lines)
        {
            Console.WriteLine(line);
        }

        Console.WriteLine("oracle: each prompt scored by its own subject's measured gain, from the labels it is judged on (no router can");
        Console.WriteLine("do this; about the best a score can do that knows the subject and nothing within it). -fitted: the same scores over the");
        Console.WriteLine("subjects fitted on, without those whose strong-model labels are implausible.");

        var notes = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["reproduce"] = "router train-difficulty --data ../shared/data/routing --out src/Router/Classification/Difficulty/difficulty.model.json",
            ["crossValidation"] = string.Join(" | ", lines.Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries)))),
        };
        File.WriteAllText(output.FullName, DifficultyModelFile.Serialize(model, notes) + "\n");
        Console.Error.WriteLine($"Wrote {output.FullName}");
        return 0;
    }
}
