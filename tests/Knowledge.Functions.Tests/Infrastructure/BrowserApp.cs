using Microsoft.Playwright;

namespace Knowledge.Tests.Infrastructure;

/// <summary>The standalone host on a real Kestrel port, and Debian's Chromium driven by Playwright.</summary>
public sealed class BrowserApp : IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";

    private readonly AzuriteFixture _azurite = new();
    private KnowledgeApp? _app;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public KnowledgeApp App => _app!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing; 'make test' installs it (apt-get install chromium).");
        }

        await _azurite.InitializeAsync();
        _app = new KnowledgeApp(_azurite, recordKeys: FixedRecordKeys.Zero);
        BaseUrl = _app.StartKestrel().Replace("[::1]", "localhost", StringComparison.Ordinal);
        await _app.CreateReadyClientAsync();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Without these, Chromium keeps calling Google's hosts, which this network refuses.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>A fresh browser context on the app, with reduced motion so charts do not animate.</summary>
    public Task<IBrowserContext> NewContextAsync() =>
        Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, ReducedMotion = ReducedMotion.Reduce });

    /// <summary>Signs in on the development sign-in page and waits for the landing page.</summary>
    public static async Task SignInAsync(IPage page, string role, string landing, string? municipality = null, string? county = null)
    {
        await page.GotoAsync($"/login?post_login_redirect_uri={Uri.EscapeDataString(landing)}");
        await page.GetByLabel("Namn").FillAsync($"{role}@example.se");
        await page.GetByLabel("Roll").SelectOptionAsync(role);
        if (municipality is not null)
        {
            await page.GetByLabel("Kommun (för kontor)").SelectOptionAsync(municipality);
        }

        if (county is not null)
        {
            await page.GetByLabel("Län (för regioner)").SelectOptionAsync(county);
        }

        await page.Locator("#sign-in").ClickAsync();
        // Commit, not load: callers wait for the element they need, and a load event that comes late under CI load
        // (seen once in 1,539 tests) must not fail the sign-in.
        await page.WaitForURLAsync($"**{landing.Split('?')[0]}*", new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    /// <summary>
    /// Opens the start page signed out (<paramref name="role"/> null) or signed in as the role, with an office in Luleå
    /// and a region in Norrbotten, and waits for the header's link to sign in or out.
    /// </summary>
    public static async Task OpenStartPageAsync(IPage page, string? role)
    {
        if (role is null)
        {
            await page.GotoAsync("/");
            await page.Locator("#sign-in-link").WaitForAsync();
            return;
        }

        await SignInAsync(page, role, "/", role == "office" ? "2580" : null, role == "region" ? "25" : null);
        await page.Locator("#sign-out-link").WaitForAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        await _azurite.DisposeAsync();
    }
}
