using System.CommandLine;
using Router.Cli.Edm;

namespace Router.Cli.Commands;

/// <summary><c>router edm build --in values.csv --out tenant.edm --tenant ID --key-id ID [--column NAME]… [--no-header]</c></summary>
internal static class EdmCommand
{
    public const string DefaultSecretVariable = "ROUTER_EDM_SECRET";

    public static Command Create()
    {
        var edm = new Command("edm", "Tenant exact data match: hashed sets of a tenant's own sensitive values.");
        edm.Subcommands.Add(Build());
        return edm;
    }

    private static Command Build()
    {
        var input = new Option<FileInfo>("--in") { Description = "CSV of plain values (UTF-8); every non-empty cell is a value unless --column picks columns", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Set file to write (replaced atomically)", Required = true };
        var tenant = new Option<string>("--tenant") { Description = "Tenant id the set is for (as in Router:Tenants)", Required = true };
        var keyId = new Option<string>("--key-id") { Description = "Name of the secret's version, stored in the set (e.g. 2026-12)", Required = true };
        var secret = new Option<string>("--secret-env")
        {
            Description = "Environment variable holding the tenant's secret (never pass a secret as an argument)",
            DefaultValueFactory = _ => DefaultSecretVariable,
        };
        var columns = new Option<string[]>("--column") { Description = "Header name of a column to register (repeatable)", AllowMultipleArgumentsPerToken = false };
        var noHeader = new Option<bool>("--no-header") { Description = "The first row holds values, not column names" };
        var command = new Command("build", "Hash the values of a CSV into a tenant's exact-data-match set (only keyed hashes are written).")
        {
            input, output, tenant, keyId, secret, columns, noHeader,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var request = new EdmBuildRequest(
                parse.GetRequiredValue(input), parse.GetRequiredValue(output), parse.GetRequiredValue(tenant), parse.GetRequiredValue(keyId),
                parse.GetValue(secret)!, parse.GetValue(columns) ?? [], !parse.GetValue(noHeader));
            var runner = new EdmBuildRunner(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, Environment.GetEnvironmentVariable, TimeProvider.System);
            return await runner.RunAsync(request, cancellationToken);
        });
        return command;
    }
}
