using System.CommandLine;

var root = new RootCommand("router: classify requests, replay request logs, and manage the router's models.");
return await root.Parse(args).InvokeAsync();
