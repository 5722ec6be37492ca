using System.Net;
using System.Text;
using Knowledge.Reference;
using Knowledge.Shared.Http;

namespace Knowledge.LocalHost.SignIn;

/// <summary>
/// Stands in for Static Web Apps authentication in standalone development mode only: a page to pick a role and
/// scope, a cookie holding the principal, <c>/.auth/me</c>, and the same <c>x-ms-client-principal</c> header on
/// API calls that Static Web Apps would add. Never mapped outside development.
/// </summary>
internal static class DevelopmentSignIn
{
    public const string CookieName = "knowledge-dev-principal";
    public const string Provider = "dev";

    public static IApplicationBuilder UseDevelopmentPrincipal(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            // A header already present is kept, so tests and tools can call the API as Static Web Apps would.
            if (!context.Request.Headers.ContainsKey(ClientPrincipalHeader.Name)
                && context.Request.Cookies.TryGetValue(CookieName, out var cookie))
            {
                context.Request.Headers[ClientPrincipalHeader.Name] = cookie;
            }

            await next(context);
        });

    public static IEndpointRouteBuilder MapDevelopmentSignIn(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/login", (HttpContext c) => Results.Redirect("/.auth/login/dev" + c.Request.QueryString));
        endpoints.MapGet("/.auth/login/dev", (HttpContext c, ReferenceData reference) =>
            Results.Content(SignInPage.Render(reference, LocalPath(c.Request.Query["post_login_redirect_uri"])), "text/html; charset=utf-8"));
        endpoints.MapPost("/.auth/login/dev", SignInAsync).DisableAntiforgery();
        endpoints.MapGet("/.auth/me", (HttpContext c) =>
            Results.Json(new
            {
                clientPrincipal = c.Request.Cookies.TryGetValue(CookieName, out var cookie) && ClientPrincipalHeader.TryParse(cookie, out var principal)
                    ? principal
                    : null,
            }));
        endpoints.MapGet("/.auth/logout", (HttpContext c) =>
        {
            c.Response.Cookies.Delete(CookieName);
            return Results.Redirect(LocalPath(c.Request.Query["post_logout_redirect_uri"]));
        });
        return endpoints;
    }

    private static async Task<IResult> SignInAsync(HttpContext context, ReferenceData reference)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var role = form["role"].ToString();
        var user = form["user"].ToString().Trim();
        if (!Roles.Service.Contains(role) || user.Length is 0 or > 100)
        {
            return Results.Content(SignInPage.Render(reference, LocalPath(form["redirect"]), "Välj en roll och ange ett namn. / Choose a role and enter a name."), "text/html; charset=utf-8", Encoding.UTF8, 400);
        }

        var roles = new List<string> { "anonymous", "authenticated", role };
        roles.AddRange(form["municipality"].Where(m => reference.FindMunicipality(m) is not null).Select(m => Roles.ForMunicipality(m!)));
        roles.AddRange(form["county"].Where(c => reference.FindCounty(c) is not null).Select(c => Roles.ForCounty(c!)));

        var principal = new ClientPrincipal(Provider, UserId(user), user, roles);
        context.Response.Cookies.Append(CookieName, ClientPrincipalHeader.Encode(principal), new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, Path = "/" });
        return Results.Redirect(LocalPath(form["redirect"]));
    }

    // Stable per name, like Static Web Apps' opaque user ids.
    private static string UserId(string user) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(user.ToLowerInvariant())))[..32].ToLowerInvariant();

    // Only same-site paths, so the sign-in page cannot be used as an open redirect.
    private static string LocalPath(string? uri) =>
        !string.IsNullOrEmpty(uri) && uri.StartsWith('/') && !uri.StartsWith("//", StringComparison.Ordinal) && !uri.StartsWith("/\\", StringComparison.Ordinal)
            ? uri
            : "/";

    internal static string Encode(string text) => WebUtility.HtmlEncode(text);
}
