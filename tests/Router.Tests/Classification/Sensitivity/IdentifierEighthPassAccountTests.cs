using Router.Classification;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>
/// Bank accounts beside a routing code or named as bank accounts, cryptocurrency wallet keys and addresses, and vendor keys
/// known by their documented prefixes (issue 15, eighth pass). Values are generated for these tests with their checksums
/// (ABA 3-7-1, base58check, bech32); hard negatives are the same forms with a checksum broken or without the context.
/// </summary>
public sealed class IdentifierEighthPassAccountTests
{
    private static List<(string Type, string Value)> Entities(string text) =>
        [.. SensitivityClassifierFactory.Create().Classify([text], []).Entities.Select(e => (e.Type, text[e.Start..e.End]))];

    [Theory]
    [InlineData("routing number 076392331, account number 8331922901", "8331922901")]
    [InlineData("ABA 031468815 acct 727906805", "727906805")]
    [InlineData("Wire to SWIFT DEUTDEFF500, account 0532013000", "0532013000")]
    [InlineData("BIC: CHASUS33 account no. 4137 2068 1296", "4137 2068 1296")]
    [InlineData("Please send it to my checking account 6910650612 at Chase", "6910650612")]
    [InlineData("sort code 20-00-00, account number 55779911", "55779911")]
    [InlineData("开户行：招商银行深圳分行 账号：755 9182 3456 001", "755 9182 3456 001")]
    public void BankAccountBesideABankOrNamedSo_IsFound(string text, string expected) =>
        Assert.Contains(("bank_account", expected), Entities(text));

    [Fact]
    public void RoutingNumberBesideAReportedAccount_IsFoundToo() =>
        Assert.Contains(("bank_account", "076392331"), Entities("routing number 076392331, account number 8331922901"));

    [Theory]
    [InlineData("Your AWS account 123456789012 was billed $20")]
    [InlineData("account 1234567 has 3 users and 2 admins")]
    [InlineData("Routing numbers have 9 digits, for example 123456789.")]
    [InlineData("BIC codes like DEUTDEFF identify banks; what is an account?")]
    [InlineData("游戏账号等级 1234567，战力 8800000")]
    public void AccountNumberWithoutABank_IsNoBankAccount(string text) =>
        Assert.DoesNotContain(Entities(text), e => e.Type == "bank_account");

    [Theory]
    [InlineData("my wallet private key is L2taBeNd9q6mEcmLQG5KzMmNcTnzNNUCWCpZP6VLzhLR5t6q7c8T", "L2taBeNd9q6mEcmLQG5KzMmNcTnzNNUCWCpZP6VLzhLR5t6q7c8T")]
    [InlineData("ETH private key: f144d3334955d46af783b52901a6ccaccdb251bce79793a67c9e2ed829af48d9", "f144d3334955d46af783b52901a6ccaccdb251bce79793a67c9e2ed829af48d9")]
    [InlineData("my seed phrase: orbit lunar velvet cactus ripple tongue absorb meadow guitar fossil hover pencil", "orbit lunar velvet cactus ripple tongue absorb meadow guitar fossil hover pencil")]
    [InlineData("助记词：orbit lunar velvet cactus ripple tongue absorb meadow guitar fossil hover pencil", "orbit lunar velvet cactus ripple tongue absorb meadow guitar fossil hover pencil")]
    public void WalletSecret_IsACryptoKey(string text, string expected) =>
        Assert.Contains(("crypto_key", expected), Entities(text));

    [Theory]
    [InlineData("send the BTC to 1NwJEXxwEfkXHE1q7A97e9wwhLiydYGxky please", "1NwJEXxwEfkXHE1q7A97e9wwhLiydYGxky")]
    [InlineData("payout address bc1qrkgd2uttz8p2769m9fnqc4gevrdusegkydhcus", "bc1qrkgd2uttz8p2769m9fnqc4gevrdusegkydhcus")]
    [InlineData("my eth wallet 0xd59ce6ca6b0b9658d7dbc036095e68de96039211", "0xd59ce6ca6b0b9658d7dbc036095e68de96039211")]
    public void WalletAddress_IsACryptoAddress(string text, string expected) =>
        Assert.Contains(("crypto_address", expected), Entities(text));

    [Theory]
    [InlineData("send the BTC to 1NwJEXxwEfkXHE1q7A97e9wwhLiydYGxkz please")]
    [InlineData("payout address bc1qrkgd2uttz8p2769m9fnqc4gevrdusegkydhcuq")]
    [InlineData("my wallet private key is L2taBeNd9q6mEcmLQG5KzMmNcTnzNNUCWCpZP6VLzhLR5t6q7c8U")]
    [InlineData("Contract at 0xdAC17F958D2ee523a2206206994597C13D831ec7 is the USDT token")]
    [InlineData("The transaction hash is 0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060")]
    [InlineData("What is a seed phrase? It is a list of words your wallet generates, and you should never share it with anyone.")]
    [InlineData("The mnemonic device helps students recall planets: my very eager mother just served us nine pizzas")]
    public void WalletLookAlike_IsNoCryptoEntity(string text) =>
        Assert.DoesNotContain(Entities(text), e => e.Type is "crypto_key" or "crypto_address");

    [Theory]
    [InlineData("digitalocean dop_v1_4f3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b")]
    [InlineData("shopify token 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")]
    [InlineData("linear lin_api_nQvWys81vp7hB1dx8PpD5KHXe3PYiGkPAuNaRL63")]
    [InlineData("mailgun key-3ax6xnjp29jd6fds4gc373sgvjxteol0")]
    [InlineData("bot token 7351946820:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1")]
    [InlineData("glued myAIzaSymlAmrtVETW0TesULeetLDQ8B8vW2ZBjyakey in a sentence")]
    [InlineData("config apikey=AIzaSymlAmrtVETW0TesULeetLDQ8B8vW2ZBjya")]
    [InlineData("groq 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")]
    public void VendorKeyByItsPrefix_IsAnApiToken(string text) =>
        Assert.Contains(Entities(text), e => e.Type == "api_token");

    [Theory]
    [InlineData("use a key-value store such as Redis for the cache")]
    [InlineData("the key-rotation policy runs every 90 days")]
    [InlineData("see the _v1_ suffix in the file name report_v1_final.docx")]
    public void VendorPrefixInProse_IsNoApiToken(string text) =>
        Assert.DoesNotContain(Entities(text), e => e.Type == "api_token");
}
