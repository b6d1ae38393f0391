namespace Sesterce.Tracker.Web;

/// <summary>Marker for the sign-in, setup and users strings in Resources/AccountResource(.fr).resx.</summary>
public sealed class AccountResource;
