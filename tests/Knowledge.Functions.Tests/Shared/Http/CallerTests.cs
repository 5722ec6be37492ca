using Knowledge.Shared.Http;

namespace Knowledge.Tests.Shared.Http;

public sealed class CallerTests
{
    [Fact]
    public void An_office_acts_only_for_its_own_municipalities()
    {
        var caller = new Caller(new ClientPrincipal("aad", "u", "", ["office", "municipality-2580", "municipality-2582"]));

        Assert.True(caller.ActsForMunicipality("2580"));
        Assert.True(caller.ActsForMunicipality("2582"));
        Assert.False(caller.ActsForMunicipality("2581"));
    }

    [Fact]
    public void A_municipality_scope_without_the_office_role_grants_nothing()
    {
        var caller = new Caller(new ClientPrincipal("aad", "u", "", ["region", "municipality-2580"]));

        Assert.False(caller.ActsForMunicipality("2580"));
    }

    [Fact]
    public void Malformed_scope_roles_are_ignored()
    {
        var caller = new Caller(new ClientPrincipal("aad", "u", "", ["region", "county-25", "county-2x", "county-250", "municipality-25"]));

        Assert.Equal(["25"], caller.Counties);
        Assert.Empty(caller.Municipalities);
    }

    [Fact]
    public void Role_names_compare_without_case()
    {
        var caller = new Caller(new ClientPrincipal("aad", "u", "", ["Admin"]));

        Assert.True(caller.IsAdmin);
    }
}
