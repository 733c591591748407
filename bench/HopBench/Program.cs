using System.CommandLine;
using HopBench;

var worker = new Option<string>("--worker") { Description = "GPU worker base URL", Required = true };
var app = new Option<string?>("--app") { Description = "function app base URL (optional third path)" };
var appKey = new Option<string>("--app-key") { Description = "API key of a tenant allowed only private routes", DefaultValueFactory = _ => "dev-key-globex" };
var requests = new Option<int>("--requests") { Description = "requests per path, concurrency and round", DefaultValueFactory = _ => 200 };
var rounds = new Option<int>("--rounds") { Description = "rounds per concurrency, path order rotated each round", DefaultValueFactory = _ => 5 };
var concurrency = new Option<int[]>("--concurrency") { Description = "concurrency levels", DefaultValueFactory = _ => [1, 32], AllowMultipleArgumentsPerToken = true };
var maxTokens = new Option<int>("--max-tokens") { Description = "completion tokens per request", DefaultValueFactory = _ => 8 };
var root = new RootCommand("Added latency of the router → GPU worker hop") { worker, app, appKey, requests, rounds, concurrency, maxTokens };
root.SetAction(async (parse, cancellationToken) =>
{
    var settings = new BenchSettings(new Uri(parse.GetValue(worker)!), parse.GetValue(app) is { } appUrl ? new Uri(appUrl) : null, parse.GetValue(appKey)!,
        parse.GetValue(requests), parse.GetValue(rounds), parse.GetValue(concurrency)!, parse.GetValue(maxTokens));
    await Bench.RunAsync(settings, Console.Out, cancellationToken);
    return 0;
});
return await root.Parse(args).InvokeAsync();
