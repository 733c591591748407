namespace Router.Benchmarks;

/// <summary>
/// One million distinct synthetic values of the kinds tenants register: customer names (en and zh), account numbers,
/// employee ids and project code names. Deterministic; no real data.
/// </summary>
internal static class EdmValues
{
    private static readonly string[] Given = ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Chris", "Karen", "Daniel", "Nancy", "Matthew", "Lisa", "Anthony", "Betty", "Mark", "Sandra", "Paul", "Ashley", "Steven", "Emily", "Andrew", "Donna", "Kenneth", "Michelle", "Joshua", "Carol", "Kevin", "Amanda", "Brian", "Melissa", "George", "Deborah", "Timothy", "Stephanie", "Ronald", "Rebecca", "Jason", "Laura"];
    private static readonly string[] Family = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts"];
    private static readonly string[] Middle = ["A.", "B.", "C.", "D.", "E.", "F.", "G.", "H.", "J.", "K.", "L.", "M.", "N.", "P.", "R.", "S.", "T.", "W."];
    private static readonly string ZhFamily = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈";
    private static readonly string ZhGiven = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红兰飞鹏辉燕宇晨浩然思雨欣怡子轩梓涵博文";
    private static readonly string[] CodeWords = ["Falcon", "Bluefin", "Aurora", "Nimbus", "Quartz", "Cobalt", "Juniper", "Orion", "Zephyr", "Sequoia", "Atlas", "Helix", "Nova", "Onyx", "Phoenix", "Raven", "Summit", "Tundra", "Vortex", "Willow"];

    public static IEnumerable<string> Generate(int count = 1_000_000)
    {
        var produced = 0;
        // 400,000 English names: given (middle) family, plus a numeric suffix block to stay distinct.
        for (var i = 0; produced < count * 2 / 5; i++, produced++)
        {
            var g = Given[i % Given.Length];
            var f = Family[i / Given.Length % Family.Length];
            var m = Middle[i / (Given.Length * Family.Length) % Middle.Length];
            var block = i / (Given.Length * Family.Length * Middle.Length);
            yield return block == 0 ? $"{g} {m} {f}" : $"{g} {m} {f} {block + 1}";
        }
        // 200,000 account numbers, 150,000 employee ids.
        for (var i = 0; i < count / 5; i++, produced++)
        {
            yield return $"ACC-{(i * 7919L + 10_000_000) % 100_000_000:00000000}";
        }
        for (var i = 0; i < count * 3 / 20; i++, produced++)
        {
            yield return $"E-{i + 100_000:000000}";
        }
        // 200,000 Chinese names: family + one or two given characters (with a numeric suffix beyond the distinct space).
        for (var i = 0; i < count / 5; i++, produced++)
        {
            var family = ZhFamily[i % ZhFamily.Length];
            var first = ZhGiven[i / ZhFamily.Length % ZhGiven.Length];
            var second = ZhGiven[i / (ZhFamily.Length * ZhGiven.Length) % ZhGiven.Length];
            var block = i / (ZhFamily.Length * ZhGiven.Length * ZhGiven.Length);
            yield return block == 0 ? $"{family}{first}{second}" : $"{family}{first}{second}{block}";
        }
        // The rest: project code names.
        for (var i = 0; produced < count; i++, produced++)
        {
            yield return $"Project {CodeWords[i % CodeWords.Length]} {CodeWords[i / CodeWords.Length % CodeWords.Length]} {i}";
        }
    }
}
