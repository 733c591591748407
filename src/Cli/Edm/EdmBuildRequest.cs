namespace Router.Cli.Edm;

/// <summary>What <c>router edm build</c> was asked to do. <see cref="Columns"/> empty: every column.</summary>
internal sealed record EdmBuildRequest(
    FileInfo Input,
    FileInfo Output,
    string TenantId,
    string KeyId,
    string SecretVariable,
    IReadOnlyList<string> Columns,
    bool HasHeader);
