using Router.Functions;

await using var app = FunctionsApp.Build(args);
await app.RunAsync();
