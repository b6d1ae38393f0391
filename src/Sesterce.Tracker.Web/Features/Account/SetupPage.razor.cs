using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Web.Features.Account;

/// <summary>
/// Creates the first administrator on a fresh install. Static server rendering like sign-in, because
/// it signs the new administrator in with a cookie.
/// </summary>
public partial class SetupPage
{
    public const string Path = "/setup";

    private bool _open;
    private List<string> _errors = [];

    [Inject]
    private AdminBootstrap Bootstrap { get; set; } = default!;

    [Inject]
    private SignInService SignIn { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IStringLocalizer<AccountResource> Acct { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SharedResource> T { get; set; } = default!;

    [SupplyParameterFromForm]
    private SetupForm Input { get; set; } = default!;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        Input ??= new();
        // Once an administrator exists this page is closed for good: new users come from the users page.
        _open = !await Bootstrap.AdminExistsAsync(HttpContext.RequestAborted);
        if (!_open)
        {
            Navigation.NavigateTo(AccountEndpoints.SignInPath);
        }
    }

    private async Task CreateAsync()
    {
        if (!_open)
        {
            return;
        }

        if (Input.Password != Input.ConfirmPassword)
        {
            _errors = [Acct["PasswordsDiffer"]];
            return;
        }

        var result = await Bootstrap.CreateFirstAdminAsync(Input.Email, Input.DisplayName, Input.Password, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            _errors = [.. UserAdminText.Describe(Acct, result)];
            return;
        }

        await SignIn.SignInNewAdminAsync(result.UserId!);
        Navigation.NavigateTo("/");
    }

    private sealed class SetupForm
    {
        public string Email { get; set; } = "";

        public string DisplayName { get; set; } = "";

        public string Password { get; set; } = "";

        public string ConfirmPassword { get; set; } = "";
    }
}
