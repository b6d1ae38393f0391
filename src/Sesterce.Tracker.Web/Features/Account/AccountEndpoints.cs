using Microsoft.AspNetCore.Mvc;

namespace Sesterce.Tracker.Web.Features.Account;

public static class AccountEndpoints
{
    public const string SignInPath = "/account/sign-in";
    public const string SignOutPath = "/account/sign-out";
    public const string AccessDeniedPath = "/account/access-denied";
    public const string TwoFactorPath = "/account/sign-in/two-factor";
    public const string AccountPath = "/account";
    public const string ChangePasswordPath = "/account/password";

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        // A form post: minimal APIs check the antiforgery token of every [FromForm] endpoint.
        app.MapPost(SignOutPath, async ([FromForm] string? returnUrl, SignInService signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect(SignInPath + (LocalUrl.IsLocal(returnUrl) ? "?returnUrl=" + Uri.EscapeDataString(returnUrl!) : ""));
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}

/// <summary>Only app-relative addresses are followed after sign-in or sign-out, never another site.</summary>
public static class LocalUrl
{
    public static bool IsLocal(string? url) => Navigation.LocalRedirect.IsSafe(url);

    public static string OrHome(string? url) => Navigation.LocalRedirect.OrHome(url);
}
