using System.Collections.Concurrent;

namespace Sesterce.Tracker.EndToEnd;

/// <summary>
/// One test class's own app on a fresh database, seen through the run's one Chromium. A class that
/// changes data (an admin moving a milestone) must not change what the next class sees, whatever
/// order the classes run in. Each person signs in once per app through the real form; later
/// contexts start from that browser state, as a returning user would.
/// </summary>
/// <remarks>
/// Every end-to-end class takes it as <c>IClassFixture&lt;Browser&gt;</c> and joins the
/// <see cref="SharedBrowser"/> collection: without the class fixture xunit has no Browser to give.
/// </remarks>
public sealed class Browser(SharedChromium chromium) : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, string> _signedIn = new(StringComparer.Ordinal);

    public TrackerApp App { get; } = new();

    public IBrowser Chromium => chromium.Chromium;

    public Task InitializeAsync() => App.StartAsync();

    public async Task DisposeAsync() => await App.DisposeAsync();

    /// <summary>A context for looking at a page in a given size and theme (the theme cookie the app sets).</summary>
    public async Task<IBrowserContext> NewContextAsync(TestAccount? account, Appearance appearance)
    {
        ArgumentNullException.ThrowIfNull(appearance);
        var context = await NewContextAsync(account, appearance.Viewport, appearance.Dark ? ColorScheme.Dark : ColorScheme.Light);
        await context.AddCookiesAsync(
        [
            new Cookie { Name = "tracker-theme", Value = appearance.Dark ? "dark" : "light", Url = App.BaseAddress.ToString() },
        ]);
        return context;
    }

    /// <summary>A fresh context, signed in as the account (null: anonymous), English unless told.</summary>
    public async Task<IBrowserContext> NewContextAsync(TestAccount? account, ViewportSize? viewport = null, ColorScheme colorScheme = ColorScheme.Light)
    {
        var options = new BrowserNewContextOptions
        {
            BaseURL = App.BaseAddress.ToString(),
            ViewportSize = viewport ?? new ViewportSize { Width = 1440, Height = 900 },
            ColorScheme = colorScheme,
            Locale = "en-GB",
            AcceptDownloads = true,
        };
        if (account is not null)
        {
            options.StorageState = await SignedInStateAsync(account);
        }

        var context = await Chromium.NewContextAsync(options);
        context.SetDefaultTimeout(15_000);
        return context;
    }

    /// <summary>Signs in through the sign-in page in a throwaway context and keeps its cookies.</summary>
    private async Task<string> SignedInStateAsync(TestAccount account)
    {
        if (_signedIn.TryGetValue(account.Email, out var state))
        {
            return state;
        }

        await using var context = await Chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = App.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await SignInAsync(page, account);
        state = await context.StorageStateAsync();
        _signedIn[account.Email] = state;
        return state;
    }

    public static async Task SignInAsync(IPage page, TestAccount account)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(account);
        await page.GotoAsync("/account/sign-in");
        await page.Locator("#email").FillAsync(account.Email);
        await page.Locator("#password").FillAsync(TrackerApp.Password);
        await page.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/sign-in", StringComparison.Ordinal));
    }
}

/// <summary>
/// Starting Chromium once per run rather than once per class saves seconds on two cores; it holds no
/// data of the app's, and each test opens its own context.
/// </summary>
public sealed class SharedChromium : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    // Without the networking switches Chromium keeps trying to reach the internet.
    private static readonly string[] ChromiumArguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Chromium => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
        // A loaded two-core CI machine can take seconds to start a circuit; waits poll, so a longer
        // ceiling costs nothing when the page is quick.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArguments,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}

/// <summary>
/// The classes run one after another (two cores cannot drive several apps and browsers at once
/// without timeouts) and share the Chromium; each still gets its own app through <see cref="Browser"/>.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<SharedChromium>
{
    public const string Name = "Browser";
}
