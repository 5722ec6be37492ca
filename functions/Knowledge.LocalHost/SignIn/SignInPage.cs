using Knowledge.Reference;
using Knowledge.Shared.Http;

namespace Knowledge.LocalHost.SignIn;

/// <summary>The development sign-in form: Swedish first, English beside, every control labelled.</summary>
internal static class SignInPage
{
    public static string Render(ReferenceData reference, string redirect, string? error = null)
    {
        var e = DevelopmentSignIn.Encode;
        var municipalities = string.Join('\n', reference.Municipalities
            .OrderBy(m => m.CountyCode, StringComparer.Ordinal).ThenBy(m => m.Name, StringComparer.Create(new("sv-SE"), false))
            .Select(m => $"""<option value="{m.Code}">{e(m.Name)} ({m.Code})</option>"""));
        var counties = string.Join('\n', reference.Counties
            .OrderBy(c => c.Code, StringComparer.Ordinal)
            .Select(c => $"""<option value="{c.Code}">{e(c.Name)} ({c.Code})</option>"""));
        var roles = string.Join('\n', Roles.Service.Select(r => $"""<option value="{r}">{r}</option>"""));
        var alert = error is null ? "" : $"""<p role="alert" class="error">{e(error)}</p>""";

        return $$"""
            <!doctype html>
            <html lang="sv">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Logga in (utveckling) – Knowledge</title>
              <link rel="stylesheet" href="/css/site.css">
            </head>
            <body>
              <main id="main" class="container">
                <h1>Logga in (endast utveckling) <span lang="en" class="en">Sign in (development only)</span></h1>
                <p>Den här sidan finns bara i den lokala utvecklingsvärden. I Azure loggar Static Web Apps in dig.
                  <span lang="en" class="en">This page exists only in the local development host; in Azure, Static Web Apps signs you in.</span></p>
                {{alert}}
                <form method="post" action="/.auth/login/dev">
                  <input type="hidden" name="redirect" value="{{e(redirect)}}">
                  <p><label for="user">Namn <span lang="en">/ Name</span></label><br>
                    <input id="user" name="user" required maxlength="100" value="utvecklare@example.se" autocomplete="username"></p>
                  <p><label for="role">Roll <span lang="en">/ Role</span></label><br>
                    <select id="role" name="role" required>{{roles}}</select></p>
                  <p><label for="municipality">Kommun (för kontor) <span lang="en">/ Municipality (for offices)</span></label><br>
                    <select id="municipality" name="municipality"><option value="">–</option>{{municipalities}}</select></p>
                  <p><label for="county">Län (för regioner) <span lang="en">/ County (for regions)</span></label><br>
                    <select id="county" name="county"><option value="">–</option>{{counties}}</select></p>
                  <p><button type="submit" id="sign-in">Logga in <span lang="en">/ Sign in</span></button></p>
                </form>
              </main>
            </body>
            </html>
            """;
    }
}
