using Router.Classification.Difficulty.Training;
using Router.Classification.Sensitivity.ExactDataMatch;

namespace Router.Cli.Edm;

/// <summary>
/// Reads plain values from a CSV, hashes them under the tenant's secret and writes the set (to a temporary file, then
/// renamed, so a watching router never reads half a set). Prints progress and a summary with row numbers of refused
/// values; never a value, never the secret.
/// </summary>
internal sealed class EdmBuildRunner(TextWriter output, TextWriter error, Func<string, string?> environment, TimeProvider time)
{
    private const int ProgressEvery = 100_000;
    private const int RefusalsShown = 20;

    public async Task<int> RunAsync(EdmBuildRequest request, CancellationToken cancellationToken)
    {
        var secret = environment(request.SecretVariable);
        if (string.IsNullOrEmpty(secret) || secret.Length < EdmKey.MinSecretLength)
        {
            await error.WriteLineAsync($"error: environment variable {request.SecretVariable} must hold the tenant's secret (at least {EdmKey.MinSecretLength} characters).");
            return 2;
        }
        if (!request.Input.Exists)
        {
            await error.WriteLineAsync($"error: {request.Input.FullName} does not exist.");
            return 2;
        }

        EdmCharMap.Warm();
        var builder = new EdmSetBuilder(new EdmKey(secret), request.TenantId, request.KeyId);
        var refused = new List<string>();
        var refusedCount = 0;
        using (var reader = new StreamReader(request.Input.FullName))
        {
            int[]? columns = null;
            var row = 0;
            foreach (var record in CsvReader.ReadRecords(reader))
            {
                cancellationToken.ThrowIfCancellationRequested();
                row++;
                if (columns is null && request.HasHeader)
                {
                    columns = await SelectColumnsAsync(record, request.Columns);
                    if (columns is null)
                    {
                        return 2;
                    }
                    continue;
                }
                foreach (var index in columns ?? Enumerable.Range(0, record.Length))
                {
                    if (index >= record.Length || string.IsNullOrWhiteSpace(record[index]))
                    {
                        continue;
                    }
                    if (builder.Add(record[index]) is { } reason)
                    {
                        refusedCount++;
                        if (refused.Count < RefusalsShown)
                        {
                            refused.Add($"  row {row}, column {index + 1}: {reason}");
                        }
                    }
                    else if (builder.Added % ProgressEvery == 0)
                    {
                        await error.WriteLineAsync($"{builder.Added:N0} values hashed…");
                    }
                }
            }
        }

        if (builder.Distinct == 0)
        {
            await error.WriteLineAsync($"error: no usable values in {request.Input.FullName}; nothing written.");
            return 1;
        }
        var bytes = EdmSetFile.Serialize(builder.Build(time));
        var temporary = request.Output.FullName + ".tmp";
        await File.WriteAllBytesAsync(temporary, bytes, cancellationToken);
        File.Move(temporary, request.Output.FullName, overwrite: true);

        await output.WriteLineAsync($"Wrote {request.Output.FullName}: tenant '{request.TenantId}', key id '{request.KeyId}', {builder.Distinct:N0} distinct values ({builder.Added - builder.Distinct:N0} repeats), {bytes.Length:N0} bytes.");
        if (refusedCount > 0)
        {
            await error.WriteLineAsync($"warning: {refusedCount:N0} values refused and not registered:");
            foreach (var line in refused)
            {
                await error.WriteLineAsync(line);
            }
            if (refusedCount > refused.Count)
            {
                await error.WriteLineAsync($"  … and {refusedCount - refused.Count:N0} more");
            }
        }
        return 0;
    }

    private async Task<int[]?> SelectColumnsAsync(string[] header, IReadOnlyList<string> wanted)
    {
        if (wanted.Count == 0)
        {
            return [.. Enumerable.Range(0, header.Length)];
        }
        var indexes = new List<int>();
        foreach (var name in wanted)
        {
            var index = Array.FindIndex(header, h => string.Equals(h.Trim(), name, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                await error.WriteLineAsync($"error: column '{name}' is not in the header ({string.Join(", ", header.Select(h => h.Trim()))}).");
                return null;
            }
            indexes.Add(index);
        }
        return [.. indexes];
    }
}
