using MudBlazor;

namespace Sesterce.Tracker.Web.Components.Layout;

public static class TrackerTheme
{
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
            Warning = "#b26a00",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
            },
        },
    };
}
