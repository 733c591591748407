using System.Text.Json;
using Router.Cli.Evaluation;
using Router.Cli.Input;

namespace Router.Cli.Classify;

/// <summary>
/// Streams JSON lines in, one JSON line out per input in the same order. A bad line becomes an error line
/// and makes the exit code 1 at the end; it never stops the run.
/// </summary>
internal sealed class ClassifyRunner(RequestEvaluator evaluator, TimeProvider time)
{
    public async Task<int> RunAsync(TextReader input, TextWriter output, TextWriter error, string defaultTenant, CancellationToken cancellationToken = default)
    {
        await evaluator.WarmUpAsync(cancellationToken);
        var progress = new ProgressReporter(error, time);
        var badLines = 0;
        await foreach (var (line, bad) in JsonLines.ReadAsync(input, defaultTenant, cancellationToken))
        {
            string json;
            if (line is null)
            {
                badLines++;
                json = JsonSerializer.Serialize(new ErrorOutput(bad!.Id, bad.LineNumber, bad.Error), CliJson.Options);
            }
            else
            {
                var evaluation = await evaluator.EvaluateAsync(line.Request, cancellationToken);
                json = JsonSerializer.Serialize(ClassifyOutput.From(line, evaluation), CliJson.Options);
            }

            await output.WriteLineAsync(json.AsMemory(), cancellationToken);
            progress.Tick("classified");
        }

        await output.FlushAsync(cancellationToken);
        progress.Done("classified", badLines);
        return badLines == 0 ? 0 : 1;
    }
}
