using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Web.Features.Account;

/// <summary>
/// The sign-in form. Static server rendering on purpose: only a real form post can set the cookie,
/// so the form binds through <see cref="SupplyParameterFromFormAttribute"/> and plain inputs.
/// </summary>
public partial class SignInPage
{
    private SignInOutcome? _outcome;
    private string? _message;

    [Inject]
    private SignInService SignIn { get; set; } = default!;

    [Inject]
    private AdminBootstrap Bootstrap { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IStringLocalizer<AccountResource> Acct { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SharedResource> T { get; set; } = default!;

    [SupplyParameterFromForm]
    private SignInForm Input { get; set; } = default!;

    [SupplyParameterFromQuery]
    private string? ReturnUrl { get; set; }

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        Input ??= new();
        // On a fresh install nobody can sign in yet: send the first visitor to the setup page.
        if (HttpMethods.IsGet(HttpContext.Request.Method) && !await Bootstrap.AdminExistsAsync(HttpContext.RequestAborted))
        {
            Navigation.NavigateTo(SetupPage.Path);
        }
    }

    private async Task SignInAsync()
    {
        if (string.IsNullOrWhiteSpace(Input.Email) || string.IsNullOrEmpty(Input.Password))
        {
            _outcome = SignInOutcome.Failed;
            _message = Acct["SignInMissing"];
            return;
        }

        _outcome = await SignIn.SignInAsync(Input.Email, Input.Password);
        switch (_outcome)
        {
            case SignInOutcome.SignedIn:
                Navigation.NavigateTo(LocalUrl.OrHome(ReturnUrl));
                return;
            case SignInOutcome.TwoFactorRequired:
                Navigation.NavigateTo(TwoFactorSignInPage.Url(ReturnUrl));
                return;
            default:
                // One sentence for an unknown email, a wrong password, a throttled or a disabled account.
                _message = Acct["SignInFailed"];
                return;
        }
    }

    private sealed class SignInForm
    {
        public string Email { get; set; } = "";

        public string Password { get; set; } = "";
    }
}
