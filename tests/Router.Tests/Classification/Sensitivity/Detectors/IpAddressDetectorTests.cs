using Router.Classification.Sensitivity.Detectors;

namespace Router.Tests.Classification.Sensitivity.Detectors;

public sealed class IpAddressDetectorTests
{
    private readonly IpAddressDetector _detector = new();

    [Theory]
    [InlineData("Our database server 11.120.126.197 keeps timing out", "11.120.126.197")]
    [InlineData("服务器地址 192.168.1.20，端口 8080", "192.168.1.20")]
    [InlineData("IPv6 2a01:4f8:85a3::8a2e:370:7334 fails", "2a01:4f8:85a3::8a2e:370:7334")]
    [InlineData("host d80:e4b5:79da:6cf6:71f3:51f7:9161:c319.", "d80:e4b5:79da:6cf6:71f3:51f7:9161:c319")]
    public void Detect_Address_FindsExactSpan(string text, string expected) =>
        DetectorAssert.FindsExactly(_detector, text, expected);

    [Theory]
    [InlineData("running version 1.2.3.4 of the agent")]
    [InlineData("升级到版本 3.4.5.6 后报错")]
    [InlineData("v1.2.3.4 is out")]
    [InlineData("release 1.2.3.4-beta is out")]
    [InlineData("Installed 4.2.1.0 yesterday")]
    [InlineData("octets 256.1.1.1 are invalid")]
    [InlineData("OID 1.3.6.1.4.1 in SNMP")]
    [InlineData("bind to 0.0.0.0 or 127.0.0.1")]
    [InlineData("Time 12:30:45 and MAC 00:1A:2B:3C:4D:5E")]
    [InlineData("std::vector and ::1")]
    public void Detect_LookAlike_FindsNothing(string text) => DetectorAssert.FindsNothing(_detector, text);
}
