using System.Text;

namespace Router.Accounting.Ledger.Tables;

/// <summary>
/// The Table service's rules for PartitionKey and RowKey: at most 1 KiB (UTF-16) and none of / \ # ? or control
/// characters. Checked before sending because the service's answer to a broken key is not dependable (Azurite may
/// reset the connection on a very long key instead of answering 431), and a row that can never be written must be
/// dead-lettered at once, not retried as if the network had failed.
/// </summary>
internal static class TableKeyRules
{
    internal const int MaxKeyBytes = 1024;

    /// <summary>The status a locally refused row is dead-lettered with: what the service answers to a malformed key.</summary>
    internal const int RefusedStatus = 400;

    /// <summary>Why the service would refuse this key (names the key, never its value), or null when it is valid.</summary>
    public static string? Violation(string keyName, string key)
    {
        if (key.Length == 0)
        {
            return $"{keyName} is empty";
        }

        if (Encoding.Unicode.GetByteCount(key) > MaxKeyBytes)
        {
            return $"{keyName} is longer than {MaxKeyBytes} bytes";
        }

        foreach (var c in key)
        {
            if (c is '/' or '\\' or '#' or '?' || char.IsControl(c))
            {
                return $"{keyName} holds a character the Table service forbids (U+{(int)c:X4})";
            }
        }

        return null;
    }
}
