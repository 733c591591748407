using System.CommandLine;
using GpuWorker.Hosting;
using GpuWorker.TinyModel;

if (args.Length > 0 && args[0] == "write-tiny-model")
{
    var outOption = new Option<FileInfo>("--out") { Description = "GGUF file to write", Required = true };
    var seedOption = new Option<int>("--seed") { Description = "Weight seed", DefaultValueFactory = _ => 42 };
    var d = TinyModelShape.Default;
    var widthOption = new Option<int>("--width") { Description = "Embedding width (n_embd)", DefaultValueFactory = _ => d.EmbeddingLength };
    var layersOption = new Option<int>("--layers") { Description = "Transformer blocks", DefaultValueFactory = _ => d.BlockCount };
    var headsOption = new Option<int>("--heads") { Description = "Attention heads", DefaultValueFactory = _ => d.HeadCount };
    var ffOption = new Option<int>("--ff") { Description = "Feed-forward width (default: twice the width)" };
    var command = new Command("write-tiny-model", "Write a random llama GGUF for tests, benchmarks and local runs")
    {
        outOption, seedOption, widthOption, layersOption, headsOption, ffOption,
    };
    command.SetAction(parse =>
    {
        var file = parse.GetValue(outOption)!;
        var width = parse.GetValue(widthOption);
        var ff = parse.GetResult(ffOption) is null ? width * 2 : parse.GetValue(ffOption);
        var shape = new TinyModelShape(width, parse.GetValue(layersOption), parse.GetValue(headsOption), ff);
        try
        {
            TinyModelWriter.Write(file.FullName, shape, parse.GetValue(seedOption));
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 2;
        }

        Console.WriteLine($"wrote {file.FullName} ({shape.EmbeddingLength} wide, {shape.BlockCount} layers, {new FileInfo(file.FullName).Length / 1_000_000} MB)");
        return 0;
    });
    return new RootCommand("GPU worker") { command }.Parse(args).Invoke();
}

var app = WorkerHost.Build(WorkerHost.CreateBuilder(args));
// A model that could not be loaded stopped the host; say so to whatever started the process. Read when the host has
// stopped, not after Run: Run disposes the services when it returns (reading them then threw on every stop).
var exitCode = 0;
app.Lifetime.ApplicationStopped.Register(() => exitCode = app.Services.GetRequiredService<GpuWorker.Inference.ModelState>().Error is null ? 0 : 1);
try
{
    app.Run();
}
catch (Microsoft.Extensions.Options.OptionsValidationException ex)
{
    // A bad setting is the operator's to fix: name each one and exit non-zero, without an unhandled-exception dump.
    Console.Error.WriteLine("The worker's configuration is invalid:");
    foreach (var failure in ex.Failures)
    {
        Console.Error.WriteLine("  " + failure);
    }

    return 2;
}

return exitCode;
