using Router.Classification.Sensitivity;
using Router.Classification.Sensitivity.ExactDataMatch;

namespace Router.Tests.Classification.Sensitivity.ExactDataMatch;

/// <summary>Sets built from synthetic values under test secrets (never real data or real secrets).</summary>
internal static class EdmTestSets
{
    public const string Secret = "test-secret-0123456789-abcdefghijklmnop";
    public const string OtherSecret = "other-secret-9876543210-zyxwvutsrqponmlk";

    public static readonly string[] Values =
    [
        "John Smith", "Maria de la Cruz", "ACC-00123", "DE89 3704 0044 0532 0130 00", "E-778812", "Project Bluefin",
        "张三丰", "欧阳娜娜", "星河计划", "Zürich Kantonalbank Ltd",
    ];

    public static EdmSet Build(IEnumerable<string>? values = null, string secret = Secret, string tenant = "acme", string keyId = "k1")
    {
        var builder = new EdmSetBuilder(new EdmKey(secret), tenant, keyId);
        foreach (var value in values ?? Values)
        {
            Assert.Null(builder.Add(value));
        }
        return builder.Build(TimeProvider.System);
    }

    public static byte[] File(IEnumerable<string>? values = null, string secret = Secret, string tenant = "acme", string keyId = "k1") =>
        EdmSetFile.Serialize(Build(values, secret, tenant, keyId));

    /// <summary>The matched substrings of <paramref name="text"/>.</summary>
    public static IReadOnlyList<string> Matches(EdmSet set, string text)
    {
        var found = new List<TextSpan>();
        set.FindAll(text, found);
        return [.. found.Select(s => text[s.Start..s.End])];
    }
}
