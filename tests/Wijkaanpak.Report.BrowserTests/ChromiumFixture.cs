using Microsoft.Playwright;

namespace Wijkaanpak.Report.BrowserTests;

/// <summary>
/// One headless Chromium for all browser tests: Debian's <c>chromium</c> (or the executable named
/// by <c>WIJKAANPAK_CHROMIUM</c>), launched by its path. When it is missing the fixture throws, so
/// every browser test fails with a message saying what to install; they never pass silently.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    /// <summary>Where Debian's chromium package puts the browser.</summary>
    private const string DebianChromium = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The running browser.</summary>
    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser was not started.");

    /// <summary>Starts the browser.</summary>
    public async Task InitializeAsync()
    {
        var path = Environment.GetEnvironmentVariable("WIJKAANPAK_CHROMIUM") is { Length: > 0 } given ? given : DebianChromium;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"The browser tests need Chromium, and there is none at {path}. Install Debian's chromium (.ci/install-chromium.sh does) or set WIJKAANPAK_CHROMIUM to a Chromium executable.");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--font-render-hinting=none"],
        });
    }

    /// <summary>Closes the browser.</summary>
    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }

    /// <summary>A new page of <paramref name="width"/> CSS pixels wide showing the report file at <paramref name="path"/>.</summary>
    public async Task<IPage> OpenAsync(string path, int width = 1280)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        await page.GotoAsync(new Uri(path).AbsoluteUri);
        return page;
    }
}

/// <summary>The collection that shares one browser.</summary>
[CollectionDefinition(Name)]
public sealed class ChromiumCollection : ICollectionFixture<ChromiumFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Chromium";
}
