using Router.Cli;

return await RouterCli.Create(CliServices.Create).Parse(args).InvokeAsync();
