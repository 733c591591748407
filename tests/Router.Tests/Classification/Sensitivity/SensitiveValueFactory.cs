using System.Text;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>
/// Builds realistic sensitive values with correct check digits, independently of the detectors' own
/// checksum code, so a shared bug cannot hide. Randomness is injected for determinism.
/// </summary>
internal sealed class SensitiveValueFactory(Random random)
{
    private const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public Random Random { get; } = random;

    public string Digits(int count)
    {
        var sb = new StringBuilder(count);
        for (var i = 0; i < count; i++)
        {
            sb.Append((char)('0' + Random.Next(10)));
        }

        return sb.ToString();
    }

    public string Chars(string alphabet, int count)
    {
        var sb = new StringBuilder(count);
        for (var i = 0; i < count; i++)
        {
            sb.Append(alphabet[Random.Next(alphabet.Length)]);
        }

        return sb.ToString();
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];

    /// <summary>A card number of the issuer's length whose Luhn sum is (or, if <paramref name="valid"/> is false, is not) 0 mod 10.</summary>
    public string CardNumber(bool valid = true)
    {
        var (prefix, length) = Pick<(string, int)>(
        [
            ("4", 16), ("4", 16), ("4", 13), ("51", 16), ("55", 16), ("2221", 16), ("34", 15), ("37", 15),
            ("6011", 16), ("62", 16), ("62", 19), ("622202", 19), ("3530", 16), ("36", 14),
        ]);
        var body = prefix + Digits(length - prefix.Length - 1);
        var check = LuhnCheckDigit(body);
        return body + (valid ? check : (check + 1 + Random.Next(9)) % 10);
    }

    public static int LuhnCheckDigit(string body)
    {
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var d = body[body.Length - 1 - i] - '0';
            if (i % 2 == 0) { d *= 2; if (d > 9)
                {
                    d -= 9;
                }
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }

    public static bool LuhnValid(string digits) => LuhnCheckDigit(digits[..^1]) == digits[^1] - '0';

    /// <summary>An IBAN with correct ISO 13616 check digits (or deliberately wrong ones).</summary>
    public string Iban(bool valid = true)
    {
        var (country, bban) = Pick<(string, Func<string>)>(
        [
            ("DE", () => Digits(18)), ("GB", () => Chars(Upper, 4) + Digits(14)), ("FR", () => Digits(23)),
            ("NL", () => Chars(Upper, 4) + Digits(10)), ("ES", () => Digits(20)), ("IT", () => Chars(Upper, 1) + Digits(22)),
            ("CH", () => Digits(17)), ("BE", () => Digits(12)), ("PL", () => Digits(24)),
        ]);
        var basic = bban();
        var rearranged = basic + country + "00";
        var remainder = 0;
        foreach (var c in rearranged)
        {
            var v = char.IsDigit(c) ? c - '0' : c - 'A' + 10;
            remainder = (v > 9 ? remainder * 100 + v : remainder * 10 + v) % 97;
        }
        var check = 98 - remainder;
        if (!valid)
        {
            check = (check - 2 + 1 + Random.Next(96)) % 97 + 2;
        }

        return $"{country}{check:00}{basic}";
    }

    public static string Grouped(string value, int size, char separator)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < value.Length; i += size)
        {
            if (i > 0)
            {
                sb.Append(separator);
            }

            sb.Append(value, i, Math.Min(size, value.Length - i));
        }
        return sb.ToString();
    }

    public string UsSsn(bool valid = true)
    {
        if (!valid)
        {
            return Pick(["000", "666", "9" + Digits(2)]) + "-" + Digits(2) + "-" + Digits(4);
        }

        var area = Random.Next(1, 900);
        if (area == 666)
        {
            area = 667;
        }

        return $"{area:000}-{Random.Next(1, 100):00}-{Random.Next(1, 10000):0000}";
    }

    /// <summary>An 18-character resident ID: real region, real birth date, ISO 7064 MOD 11-2 check.</summary>
    public string CnResidentId(bool valid = true)
    {
        var region = Pick(["110101", "110105", "310104", "440305", "320102", "510107", "330106", "420111", "610113", "500103"]);
        var birth = new DateTime(1950, 1, 1).AddDays(Random.Next(0, 20000));
        var body = $"{region}{birth:yyyyMMdd}{Random.Next(0, 1000):000}";
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (body[i] - '0') * weights[i];
        }

        const string checks = "10X98765432";
        var check = checks[sum % 11];
        if (!valid)
        {
            check = checks[(sum + 1 + Random.Next(10)) % 11];
        }

        return body + check;
    }

    public string CnMobile() => Pick(["13", "15", "18", "17", "19"]) + Random.Next(0, 10) + Digits(8);

    public string Email() =>
        $"{Pick(["zhang.wei", "li_na", "john.smith", "maria.garcia", "wang88", "a.kumar", "chen.jie", "o.brien"])}{Random.Next(1, 99)}@{Pick(["gmail.com", "163.com", "qq.com", "contoso.com", "example.org", "outlook.com", "company.cn", "mail.fabrikam.co.uk"])}";

    /// <summary>A host address: 127.x is loopback, which the detector rightly does not report, so it is never drawn.</summary>
    public string Ipv4()
    {
        var first = Random.Next(1, 223);
        return $"{(first >= 127 ? first + 1 : first)}.{Random.Next(0, 256)}.{Random.Next(0, 256)}.{Random.Next(1, 255)}";
    }

    public string Ipv6() => Random.Next(2) == 0
        ? string.Join(':', Enumerable.Range(0, 8).Select(_ => Random.Next(0, 65536).ToString("x")))
        : $"2a01:4f8:{Random.Next(1, 65536):x}::{Random.Next(1, 65536):x}:{Random.Next(1, 65536):x}";

    public string AwsKey() => Pick(["AKIA", "ASIA"]) + Chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16);

    public string StorageKey()
    {
        var bytes = new byte[64];
        Random.NextBytes(bytes);
        return Convert.ToBase64String(bytes);
    }

    public string GithubToken() => Random.Next(3) == 0
        ? "github_pat_" + Chars(Alnum, 22) + "_" + Chars(Alnum, 59)
        : Pick(["ghp_", "gho_", "ghs_", "ghu_"]) + Chars(Alnum, 36);

    public string OpenAiKey() => Random.Next(2) == 0
        ? "sk-" + Chars(Alnum, 48)
        : "sk-proj-" + Chars(Alnum + "-_", 120);

    public string VendorToken() => Random.Next(6) switch
    {
        0 => Pick(["sk_live_", "sk_test_", "rk_live_"]) + Chars(Alnum, Random.Next(24, 100)),
        1 => "AIza" + Chars(Alnum + "-_", 35),
        2 => Pick(["xoxb-", "xoxp-"]) + Digits(12) + "-" + Digits(13) + "-" + Chars(Alnum, 24),
        3 => "glpat-" + Chars(Alnum + "-_", 20),
        4 => "hf_" + Chars(Alnum, 34),
        _ => "SG." + Chars(Alnum + "-_", 22) + "." + Chars(Alnum + "-_", 43),
    };

    /// <summary>A SAS signature as it appears in a URL: base64 of a 32-byte HMAC, '+', '/' and '=' percent-encoded.</summary>
    public string SasSignature()
    {
        var bytes = new byte[32];
        Random.NextBytes(bytes);
        return Uri.EscapeDataString(Convert.ToBase64String(bytes));
    }

    public string Jwt()
    {
        static string B64(string s) => Convert.ToBase64String(Encoding.UTF8.GetBytes(s)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var header = B64(Pick(["{\"alg\":\"HS256\",\"typ\":\"JWT\"}", "{\"typ\":\"JWT\",\"alg\":\"RS256\",\"kid\":\"k1\"}"]));
        var payload = B64($"{{\"sub\":\"{Random.Next()}\",\"name\":\"User {Random.Next(100)}\",\"iat\":{1700000000 + Random.Next(1000000)}}}");
        return $"{header}.{payload}.{Chars(Alnum + "-_", 43)}";
    }

    public string PrivateKey()
    {
        var bytes = new byte[Random.Next(120, 400)];
        Random.NextBytes(bytes);
        var body = Grouped(Convert.ToBase64String(bytes), 64, '\n');
        var kind = Pick(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"]);
        return $"-----BEGIN {kind}-----\n{body}\n-----END {kind}-----";
    }

    public string StrongPassword() =>
        Chars("ABCDEFGHJKLMNPQRSTUVWXYZ", 1) + Chars("abcdefghijkmnopqrstuvwxyz", Random.Next(4, 8)) + Chars("!@#$%^&*_", 1) + Digits(Random.Next(2, 5));

    public Guid Uuid()
    {
        var bytes = new byte[16];
        Random.NextBytes(bytes);
        return new Guid(bytes);
    }

    public string HexHash(int length) => Chars("0123456789abcdef", length);
}
