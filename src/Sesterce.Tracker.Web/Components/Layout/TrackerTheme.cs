using MudBlazor;

namespace Sesterce.Tracker.Web.Components.Layout;

public static class TrackerTheme
{
    /// <summary>
    /// Inter ships with the app (wwwroot/fonts, OFL licence beside it), so every machine renders the
    /// same letters without asking another origin for a font; the system stack covers a failed load.
    /// Declared before <see cref="Theme"/>, which reads it: static initializers run in text order.
    /// </summary>
    public static IReadOnlyList<string> UiFont { get; } = ["Inter", "system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f3a5f",
            Secondary = "#0f7b6c",
            Tertiary = "#b85c00",
            AppbarBackground = "#1f3a5f",
            Background = "#f5f7fa",
            Success = "#2e7d32",
            // Darker than Material's amber so white text on it and it on white both reach 4.5:1.
            Warning = "#9a5b00",
            Error = "#c62828",
            Info = "#0d5fae",
            TextSecondary = "rgba(0,0,0,0.64)",
        },
        // Lighter accents on dark surfaces: the light palette's navy and teal fall below 4.5:1 there.
        PaletteDark = new PaletteDark
        {
            Primary = "#8ab4f8",
            Secondary = "#4dd0bd",
            Tertiary = "#ffb74d",
            AppbarBackground = "#16263b",
            AppbarText = "#e8eef6",
            Background = "#11161d",
            Surface = "#1a212b",
            DrawerBackground = "#151b23",
            DrawerText = "#dde3ea",
            Success = "#81c784",
            Warning = "#ffb74d",
            Error = "#ef9a9a",
            Info = "#90caf9",
            // Light accents need dark text on them (filled buttons, chips).
            PrimaryContrastText = "#0b1a2e",
            SecondaryContrastText = "#06201c",
            TertiaryContrastText = "#2b1a00",
            SuccessContrastText = "#0b2410",
            WarningContrastText = "#2b1a00",
            ErrorContrastText = "#2d0b0b",
            InfoContrastText = "#0b1a2e",
            TextSecondary = "rgba(255,255,255,0.68)",
        },
        Typography = TypographyInUiFont(),
    };

    // MudBlazor gives each typography its own Roboto stack, so setting only Default would leave headings and buttons on another font.
    private static Typography TypographyInUiFont()
    {
        var typography = new Typography();
        BaseTypography[] styles =
        [
            typography.Default, typography.H1, typography.H2, typography.H3, typography.H4, typography.H5, typography.H6,
            typography.Subtitle1, typography.Subtitle2, typography.Body1, typography.Body2, typography.Button,
            typography.Caption, typography.Overline,
        ];
        foreach (var style in styles)
        {
            style.FontFamily = [.. UiFont];
        }

        return typography;
    }
}
