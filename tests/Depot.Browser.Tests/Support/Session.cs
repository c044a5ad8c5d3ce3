using Microsoft.Playwright;

namespace Depot.Browser.Tests.Support;

/// <summary>What a person does in the browser, in the words of the UI.</summary>
public static class Session
{
    /// <summary>Fills in and submits the sign-in form, whatever the outcome.</summary>
    public static async Task SubmitSignInAsync(this IPage page, string email, string password)
    {
        if (!page.Url.Contains("/aanmelden", StringComparison.Ordinal)) await page.GotoAsync("/aanmelden");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).Last.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    public static async Task SignInAsync(this IPage page, string email, string password = Arrange.Password)
    {
        await page.SubmitSignInAsync(email, password);
        await page.WaitForURLAsync(url => !url.Contains("/aanmelden", StringComparison.Ordinal));
    }
}
