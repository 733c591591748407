namespace Router.TestSupport;

/// <summary>A fresh folder under the system temp folder, deleted on dispose (best effort: a killed child may still hold a file).</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder(string prefix)
    {
        Path = Directory.CreateTempSubdirectory(prefix + "-").FullName;
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // the OS's temp cleanup takes what is left
        }
    }
}
