using System.Reflection;
using Knowledge.Shared.Http;
using Knowledge.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Azure.Functions.Worker;

namespace Knowledge.Tests.Shared.Http;

/// <summary>Every HTTP function declares who may call it, and the one role gate both hosts run enforces it.</summary>
public sealed class RoleGateTests
{
    private static readonly AllowedRolesAttribute AdminOnly = new(Roles.Admin);

    [Fact]
    public void Every_http_function_declares_its_roles_or_anonymous_once()
    {
        var functions = typeof(RoleGate).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttribute<FunctionAttribute>() is not null
                && m.GetParameters().Any(p => p.GetCustomAttribute<HttpTriggerAttribute>() is not null))
            .ToList();

        var undeclared = functions
            .Where(m => m.GetCustomAttributes<AccessAttribute>().Count() != 1)
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}");

        Assert.Equal(FunctionsMetadata.HttpFunctions().Select(f => f.Name).Distinct().Count(), functions.Count);
        Assert.Empty(undeclared);
    }

    [Fact]
    public void The_worker_finds_a_declaration_for_every_http_function_in_functions_metadata()
    {
        var declared = RoleGate.DeclaredIn(typeof(RoleGate).Assembly);

        Assert.All(FunctionsMetadata.HttpFunctions(), f => Assert.True(declared.ContainsKey(f.Name), f.Name));
    }

    [Fact]
    public void A_function_without_a_declaration_is_an_error_not_an_open_endpoint()
    {
        var error = Assert.Throws<InvalidOperationException>(() => RoleGate.Declared(typeof(RoleGateTests).GetMethod(nameof(Undeclared), BindingFlags.NonPublic | BindingFlags.Static)!));

        Assert.Contains(nameof(Undeclared), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_principal_is_401()
    {
        var denied = Assert.IsType<ProblemHttpResult>(RoleGate.Admit(new DefaultHttpContext(), AdminOnly));

        Assert.Equal(StatusCodes.Status401Unauthorized, denied.StatusCode);
    }

    [Fact]
    public void A_malformed_principal_is_401()
    {
        var http = new DefaultHttpContext();
        http.Request.Headers[ClientPrincipalHeader.Name] = "not base64";

        var denied = Assert.IsType<ProblemHttpResult>(RoleGate.Admit(http, AdminOnly));

        Assert.Equal(StatusCodes.Status401Unauthorized, denied.StatusCode);
    }

    [Fact]
    public void The_wrong_role_is_403_naming_the_roles_and_leaves_no_caller()
    {
        var http = With(Principals.Office("2580"));

        var denied = Assert.IsType<ProblemHttpResult>(RoleGate.Admit(http, new AllowedRolesAttribute(Roles.Staff, Roles.Admin)));

        Assert.Equal(StatusCodes.Status403Forbidden, denied.StatusCode);
        Assert.Equal("This endpoint needs one of the roles: staff, admin.", denied.ProblemDetails.Detail);
        Assert.Throws<InvalidOperationException>(() => Caller.Of(http.Request));
    }

    [Fact]
    public void An_allowed_role_is_admitted_and_the_handler_gets_its_caller()
    {
        var http = With(Principals.Admin("the-admin"));

        Assert.Null(RoleGate.Admit(http, AdminOnly));
        Assert.Equal("the-admin", Caller.Of(http.Request).UserId);
    }

    [Fact]
    public void An_anonymous_function_admits_everyone_without_a_caller()
    {
        var http = new DefaultHttpContext();

        Assert.Null(RoleGate.Admit(http, new AnonymousAttribute()));
        Assert.Throws<InvalidOperationException>(() => Caller.Of(http.Request));
    }

    // Not a [Function], so neither host serves it; only its missing declaration matters here.
    internal static void Undeclared()
    {
    }

    private static DefaultHttpContext With(ClientPrincipal principal)
    {
        var http = new DefaultHttpContext();
        http.Request.Headers[ClientPrincipalHeader.Name] = ClientPrincipalHeader.Encode(principal);
        return http;
    }
}
