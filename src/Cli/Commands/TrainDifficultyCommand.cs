using System.CommandLine;
using System.Globalization;
using Router.Classification.Difficulty;
using Router.Classification.Difficulty.Training;

namespace Router.Cli.Commands;

/// <summary><c>router train-difficulty --data DIR --out FILE</c>: trains the difficulty model and prints its cross-validation.</summary>
internal static class TrainDifficultyCommand
{
    internal static Command Create()
    {
        var data = new Option<DirectoryInfo>("--data") { Description = "Routing data folder (mmlu/, gsm8k/).", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Model file to write (difficulty.model.json).", Required = true };
        var defaults = new TrainingOptions();
        var hashBits = new Option<int>("--hash-bits") { Description = "log2 of the hashed n-gram buckets.", DefaultValueFactory = _ => defaults.HashBits };
        var densePenalty = new Option<double>("--dense-penalty") { Description = "L2 penalty on dense features.", DefaultValueFactory = _ => defaults.DensePenalty };
        var bucketPenalty = new Option<double>("--bucket-penalty") { Description = "L2 penalty on hashed buckets.", DefaultValueFactory = _ => defaults.BucketPenalty };
        var iterations = new Option<int>("--iterations") { Description = "Full-batch optimiser steps.", DefaultValueFactory = _ => defaults.Iterations };
        var target = new Option<TrainingTarget>("--target") { Description = "Label fitted before calibration.", DefaultValueFactory = _ => defaults.Target };
        var subjectFolds = new Option<int>("--subject-folds") { Description = "MMLU folds (grouped by subject).", DefaultValueFactory = _ => 10 };
        var command = new Command("train-difficulty", "Train the difficulty model from RouteLLM correctness data and report cross-validation.")
        {
            data, output, hashBits, densePenalty, bucketPenalty, iterations, target, subjectFolds,
        };
        command.SetAction(parse =>
        {
            var options = defaults with
            {
                HashBits = parse.GetValue(hashBits),
                DensePenalty = parse.GetValue(densePenalty),
                BucketPenalty = parse.GetValue(bucketPenalty),
                Iterations = parse.GetValue(iterations),
                Target = parse.GetValue(target),
            };
            return Run(parse.GetRequiredValue(data), parse.GetRequiredValue(output), options, parse.GetValue(subjectFolds));
        });
        return command;
    }

    private static int Run(DirectoryInfo data, FileInfo output, TrainingOptions options, int subjectFolds)
    {
        var mmlu = RoutingDataReader.ReadMmlu(data.FullName);
        var gsm8k = RoutingDataReader.ReadGsm8k(data.FullName);
        var trainer = new DifficultyTrainer(options, message => Console.Error.WriteLine(message)) { SubjectFolds = subjectFolds };
        var (model, reports) = trainer.Train(mmlu, gsm8k);
        Console.WriteLine("Strong-call share needed to keep 95 % of strong-only accuracy (cross-validated; lower is better)");
        Console.WriteLine($"{"dataset",-7} {"prompts",8} {"validation",-30} {"random",7} {"length",7} {"model",7}");
        foreach (var r in reports)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.Dataset,-7} {r.Prompts,8} {r.Validation,-30} {r.Random,7:F3} {r.Length,7:F3} {r.Model,7:F3}"));
        }

        var notes = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["options"] = options.ToString(),
            ["crossValidation"] = string.Join("; ", reports.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Dataset} {r.Model:F3} (random {r.Random:F3}, length {r.Length:F3})"))),
        };
        File.WriteAllText(output.FullName, DifficultyModelFile.Serialize(model, notes) + "\n");
        Console.Error.WriteLine($"Wrote {output.FullName}");
        return 0;
    }
}
