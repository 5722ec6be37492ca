using System.Text;
using Knowledge.Shared.Http;

namespace Knowledge.Tests.Shared.Http;

public sealed class ClientPrincipalHeaderTests
{
    [Fact]
    public void A_principal_survives_encoding_and_parsing()
    {
        var principal = new ClientPrincipal("aad", "u-1", "anna@example.se", ["anonymous", "authenticated", "office", "municipality-2580"]);

        var parsed = ClientPrincipalHeader.TryParse(ClientPrincipalHeader.Encode(principal), out var result);

        Assert.True(parsed);
        Assert.Equal(principal.UserId, result!.UserId);
        Assert.Equal(principal.UserRoles, result.UserRoles);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("%%%")]
    [InlineData("""{"userId":"u","userRoles":["office"]}""")] // JSON, but not base64
    [InlineData("base64:{\"userRoles\":[\"office\"]}")] // no user id
    [InlineData("base64:{\"userId\":\"u\"}")] // no roles
    [InlineData("base64:{\"userId\":\"u\",\"userRoles\":[1]}")] // roles not strings
    [InlineData("base64:{\"userId\":\"\",\"userRoles\":[]}")] // empty user id
    [InlineData("base64:not json")]
    [InlineData("base64:{\"userId\":\"u\",\"userId\":\"v\",\"userRoles\":[\"admin\"]}")] // a name twice
    [InlineData("base64:{\"userId\":\"u\",\"userRoles\":[\"\\ud800\"]}")] // an escaped lone surrogate
    [InlineData("eyJ1c2VySWQiOiJ1IiwidXNlclJvbGVzIjpbIsCvIl19")] // a role of bytes C0 AF, not UTF-8
    public void Malformed_headers_are_rejected(string? header)
    {
        if (header?.StartsWith("base64:", StringComparison.Ordinal) == true)
        {
            header = Convert.ToBase64String(Encoding.UTF8.GetBytes(header["base64:".Length..]));
        }

        Assert.False(ClientPrincipalHeader.TryParse(header, out _));
    }
}
