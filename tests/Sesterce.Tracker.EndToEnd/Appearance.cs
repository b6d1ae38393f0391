namespace Sesterce.Tracker.EndToEnd;

/// <summary>A screen size and a theme to look at a page in.</summary>
public sealed record Appearance(string Name, int Width, int Height, bool Dark)
{
    public static readonly Appearance DesktopLight = new("desktop-light", 1920, 1080, false);
    public static readonly Appearance DesktopDark = new("desktop-dark", 1920, 1080, true);
    public static readonly Appearance PhoneLight = new("phone-light", 390, 844, false);
    public static readonly Appearance PhoneDark = new("phone-dark", 390, 844, true);

    public static IReadOnlyList<Appearance> All { get; } = [DesktopLight, DesktopDark, PhoneLight, PhoneDark];

    public ViewportSize Viewport => new() { Width = Width, Height = Height };
}
