using System.CommandLine;
using GpuWorker.Hosting;
using GpuWorker.TinyModel;

if (args.Length > 0 && args[0] == "write-tiny-model")
{
    var outOption = new Option<FileInfo>("--out") { Description = "GGUF file to write", Required = true };
    var seedOption = new Option<int>("--seed") { Description = "Weight seed", DefaultValueFactory = _ => 42 };
    var command = new Command("write-tiny-model", "Write a tiny random llama GGUF for tests and local runs") { outOption, seedOption };
    command.SetAction(parse =>
    {
        var file = parse.GetValue(outOption)!;
        TinyModelWriter.Write(file.FullName, parse.GetValue(seedOption));
        Console.WriteLine($"wrote {file.FullName}");
    });
    return new RootCommand("GPU worker") { command }.Parse(args).Invoke();
}

var app = WorkerHost.Build(WorkerHost.CreateBuilder(args));
app.Run();
return 0;
