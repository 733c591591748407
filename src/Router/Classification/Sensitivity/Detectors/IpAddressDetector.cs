using System.Buffers;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// IPv4 with valid octets (not a labelled version number, not 0.0.0.0/loopback) and IPv6. Anchored on
/// "digit.digit" and "hex:hex" so prose costs only a vectorised search for '.' and ':'.
/// </summary>
internal sealed partial class IpAddressDetector : ISensitivityDetector
{
    private static readonly LabelSet VersionLabels = new(
        ["version", "ver.", "release", "build", "firmware", "upgrade", "update", "patch", "package", "sdk", "library", "driver",
         "runtime", "installed", "install", "bump", "tag", "semver", "changelog", "nuget", "npm", "pip", "python", "node",
         "java", "chrome", "windows", "android", "ios", "kernel", "assembly", "section", "chapter", "clause", "§",
         "版本", "固件", "升级", "更新", "安装", "第", "章节", "条款"]);

    private static readonly SearchValues<char> V4Chars = SearchValues.Create("0123456789.");
    private static readonly SearchValues<char> V6Chars = SearchValues.Create("0123456789abcdefABCDEF:.");

    public string Name => "ip_address";

    public SensitivityLevel Level => SensitivityLevel.Moderate;

    public string Evidence => "valid address";

    public void Detect(ScanInput input, List<TextSpan> found)
    {
        var text = input.Text;
        if (input.DigitCount >= 4)
        {
            Scan(text, '.', V4Chars, found, IsV4);
        }
        Scan(text, ':', V6Chars, found, IsV6);
    }

    private static void Scan(string text, char anchor, SearchValues<char> chars, List<TextSpan> found, Func<string, TextSpan, bool> valid)
    {
        for (var at = text.IndexOf(anchor); at > 0 && at < text.Length - 1; at = text.IndexOf(anchor, at + 1))
        {
            if (!chars.Contains(text[at - 1]) || !chars.Contains(text[at + 1]))
            {
                continue;
            }
            var start = at;
            while (start > 0 && chars.Contains(text[start - 1]))
            {
                start--;
            }
            var end = at + 1;
            while (end < text.Length && chars.Contains(text[end]))
            {
                end++;
            }
            while (end > at + 1 && text[end - 1] == '.')
            {
                end--; // sentence full stop
            }
            var span = new TextSpan(start, end);
            if (!IsWordChar(text, start - 1) && !IsWordChar(text, end) && valid(text, span))
            {
                found.Add(span);
            }
            at = end;
            if (at >= text.Length)
            {
                break;
            }
        }
    }

    private static bool IsWordChar(string text, int index) =>
        index >= 0 && index < text.Length && (char.IsAsciiLetterOrDigit(text[index]) || text[index] == '_');

    private static bool IsV4(string text, TextSpan span) =>
        V4().IsMatch(text.AsSpan(span.Start, span.End - span.Start))
        && !IsReservedV4(text.AsSpan(span.Start, span.End - span.Start))
        && !LabelContext.HasLabel(text, span.Start, VersionLabels)
        && !HasPreReleaseSuffix(text, span.End)
        && !IsNetworkPrefix(text, span)
        && !(IsPrivateV4(text.AsSpan(span.Start, span.End - span.Start)) && (InNetworkingQuestion(text) || InLogOrError(text, span.End)));

    /// <summary>
    /// 10/8, 172.16/12, 192.168/16 and link-local 169.254/16: addresses every home and office network reuses, so one names no
    /// one's connection on its own. So is 100.64/10 (RFC 6598, carrier-grade NAT): a carrier's shared space behind which many
    /// subscribers sit, never routed on the internet (a traceroute's first hops, a Tailscale node).
    /// </summary>
    private static bool IsPrivateV4(ReadOnlySpan<char> address)
    {
        if (address.StartsWith("10.") || address.StartsWith("192.168.") || address.StartsWith("169.254."))
        {
            return true;
        }
        if (address.StartsWith("100."))
        {
            var rest = address[4..];
            var end = rest.IndexOf('.');
            return end > 0 && int.TryParse(rest[..end], out var carrier) && carrier is >= 64 and <= 127;
        }
        if (!address.StartsWith("172."))
        {
            return false;
        }
        var second = address[4..];
        var dot = second.IndexOf('.');
        return dot > 0 && int.TryParse(second[..dot], out var octet) && octet is >= 16 and <= 31;
    }

    private static readonly LabelSet NetworkingWords = new(
        "router", "subnet", "netmask", "subnet mask", "gateway", "ping", "pings", "dhcp", "dns", "vlan", "firewall", "lan", "wifi", "wi-fi",
        "nat", "port forwarding", "ssh", "nas", "switch", "ifconfig", "ipconfig", "traceroute", "static ip", "network", "networking",
        "cidr", "vpn", "docker", "kubernetes", "modem", "ethernet", "access point", "ip address", "路由", "子网", "网关", "局域网", "内网",
        "網關", "路由器", "子網", "內網");

    // A question about a network (a '?' and a networking word): its private addresses are the reader's example setup, not an
    // identifier ("my router 192.168.1.1 can't reach 10.0.0.5, why?"). A statement ("服务器地址 192.168.1.20，端口 8080") still counts.
    private static bool InNetworkingQuestion(string text) =>
        text.AsSpan().IndexOfAny('?', '？') >= 0 && NetworkingWords.NearestEnd(text.AsSpan()) >= 0;

    /// <summary>
    /// An address is personal data because a public one names a subscriber's connection; a private or link-local one is
    /// reused inside every network and routes nowhere outside it. Pasted as a log line or an error message ("connect
    /// ECONNREFUSED 172.18.0.4:5432", "client: 10.0.3.17, upstream …", "Accepted publickey … from 192.168.50.12 port 51822")
    /// it names a machine of the writer's own setup, not a person: an address followed by its port, or a text holding log or
    /// error words. A plain statement ("服务器地址 192.168.1.20，端口 8080") still counts.
    /// </summary>
    private static bool InLogOrError(string text, int end) =>
        (end + 1 < text.Length && text[end] == ':' && char.IsAsciiDigit(text[end + 1])) || LogWords.Any(text);

    private static readonly CueSet LogWords = new(
        "error", "errors", "failed", "failure", "fatal", "refused", "timeout", "timed out", "unreachable", "exception", "warn", "warning",
        "denied", "econnrefused", "etimedout", "ehostunreach", "econnreset", "dial tcp", "upstream", "traceback", "stack trace", "log",
        "logs", "syslog", "sshd", "kernel", "dhclient", "dhcprequest", "stderr", "debug", "info", "err", "crit", "panic",
        // Cluster and service events ("pod … restarted, podIP 10.244.70.77, exit code 137"): the same machine output.
        "pod", "podip", "k8s", "kubectl", "container", "restarted", "exit code", "oom", "oomkilled", "crashloopbackoff", "hostport",
        "nginx", "haproxy", "envoy", "tcp", "udp",
        // Device telemetry ("[iot] device=… fw=2.8.7 rssi=-55 ip=10.20.10.159 uptime=…"): a sensor's report, no one's connection.
        "iot", "mqtt", "telemetry", "rssi", "uptime", "firmware", "reboot", "reboot_reason", "heartbeat", "sensor", "zigbee", "modbus",
        // Monitoring alerts and path traces ("zabbix alert: /dev/sda2 88% on host app-07 10.2.4.31", "mtr: 100.72.0.1 then …"):
        // the writer's own hosts and hops, reported by a tool.
        "alert", "alerts", "alerting", "zabbix", "nagios", "icinga", "prometheus", "alertmanager", "grafana", "datadog", "pagerduty",
        "opsgenie", "traceroute", "tracert", "mtr", "hop", "hops", "packet loss", "cgnat", "node-exporter",
        "报错", "错误", "失败", "超时", "日志", "异常", "錯誤", "逾時", "日誌");

    // 172.16.0.0/12, 192.168.1.0/24: a network (CIDR prefix shorter than 32 bits, host bits all zero) is a range of
    // addresses that belongs to no one host, so no person's address.
    private static bool IsNetworkPrefix(string text, TextSpan span)
    {
        var end = span.End;
        if (end + 1 >= text.Length || text[end] != '/' || !char.IsAsciiDigit(text[end + 1]))
        {
            return false;
        }
        var bits = text[end + 1] - '0';
        if (end + 2 < text.Length && char.IsAsciiDigit(text[end + 2]))
        {
            bits = (bits * 10) + text[end + 2] - '0';
            if (end + 3 < text.Length && char.IsAsciiDigit(text[end + 3]))
            {
                return false;
            }
        }
        if (bits >= 32 || !IPAddress.TryParse(text.AsSpan(span.Start, span.End - span.Start), out var address))
        {
            return false;
        }
        var bytes = address.GetAddressBytes();
        var value = ((uint)bytes[0] << 24) | ((uint)bytes[1] << 16) | ((uint)bytes[2] << 8) | bytes[3];
        return (value & (uint.MaxValue >> bits)) == 0;
    }

    // 1.2.3.4-beta, 1.2.3.4-rc1: a version, not an address.
    private static bool HasPreReleaseSuffix(string text, int end) =>
        end + 1 < text.Length && text[end] is '-' or '+' && char.IsAsciiLetter(text[end + 1]);

    // A mask (255.255.255.0, 255.255.0.0) or the broadcast address 255.255.255.255 is no host; nor is an address of the
    // documentation ranges (RFC 5737: 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24), which no network routes: examples only.
    private static bool IsReservedV4(ReadOnlySpan<char> address) =>
        address.StartsWith("127.") || address.StartsWith("0.") || address.EndsWith(".0.0.0") || address.StartsWith("255.")
        || address.StartsWith("192.0.2.") || address.StartsWith("198.51.100.") || address.StartsWith("203.0.113.");

    private static bool IsV6(string text, TextSpan span)
    {
        var candidate = text.AsSpan(span.Start, span.End - span.Start);
        // Needs three non-empty groups, so "::1", times (12:30:45) and C++ scopes are not addresses.
        var groups = 0;
        foreach (var range in candidate.Split(':'))
        {
            if (range.End.Value > range.Start.Value)
            {
                groups++;
            }
        }
        return groups >= 3 && candidate.Length <= 45
            && IPAddress.TryParse(candidate, out var address) && address.AddressFamily == AddressFamily.InterNetworkV6
            && !IsDocumentationV6(address) && !IsV6NetworkPrefix(text, span.End, address) && !IsPrivateV6(address);
    }

    // fe80::/10 (link-local) and fc00::/7 (unique local, fd00::/8 in use): IPv6's private addresses route nowhere outside
    // their own link or site, and a device that has one has a public address besides, so a private one names a device's
    // setting, not a subscriber's connection, in any context (twelfth author: a ULA address is no identifier).
    private static bool IsPrivateV6(IPAddress address) => address.IsIPv6LinkLocal || address.IsIPv6UniqueLocal;

    // 2001:db8::/32 (RFC 3849) is reserved for documentation: an example, never someone's connection.
    private static bool IsDocumentationV6(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        return bytes[0] == 0x20 && bytes[1] == 0x01 && bytes[2] == 0x0d && bytes[3] == 0xb8;
    }

    // "2a02:c7f:4e00::/40": a prefix with its host bits zero names a network, as the IPv4 prefixes do.
    private static bool IsV6NetworkPrefix(string text, int end, IPAddress address)
    {
        if (end + 1 >= text.Length || text[end] != '/' || !char.IsAsciiDigit(text[end + 1]))
        {
            return false;
        }
        var bits = 0;
        var i = end + 1;
        while (i < text.Length && char.IsAsciiDigit(text[i]) && i - end <= 3)
        {
            bits = (bits * 10) + text[i++] - '0';
        }
        if (bits >= 128 || (i < text.Length && char.IsAsciiDigit(text[i])))
        {
            return false;
        }
        var bytes = address.GetAddressBytes();
        for (var bit = bits; bit < 128; bit++)
        {
            if ((bytes[bit / 8] & (0x80 >> (bit % 8))) != 0)
            {
                return false;
            }
        }
        return true;
    }

    private const string Octet = "(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])";

    [GeneratedRegex("^" + Octet + @"(?:\." + Octet + "){3}$", RegexOptions.CultureInvariant)]
    private static partial Regex V4();
}
