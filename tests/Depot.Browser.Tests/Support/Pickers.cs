using Microsoft.Playwright;

namespace Depot.Browser.Tests.Support;

/// <summary>Using the type-ahead pickers the way a keyboard user does.</summary>
public static class Pickers
{
    public static ILocator Picker(this IPage page, string label) => page.GetByRole(AriaRole.Combobox, new() { Name = label });

    /// <summary>Types <paramref name="text"/>, arrows down (an option starting with ‘ is the "create" option) to the option <paramref name="option"/> and takes it with Enter.</summary>
    public static async Task PickAsync(this IPage page, string label, string text, string option)
    {
        var box = page.Picker(label);
        await box.FillAsync(text);
        var list = page.Locator("#" + await box.GetAttributeAsync("aria-controls"));
        // The option's label is its data-label; "‘…’ toevoegen als …" is the create option.
        var wanted = option.StartsWith('‘') ? list.Locator("[data-create]") : list.Locator($"[role=option][data-label=\"{option}\"]");
        await Assertions.Expect(wanted).ToBeVisibleAsync();
        var options = await list.GetByRole(AriaRole.Option).AllAsync();
        for (var i = 0; i < options.Count; i++)
        {
            await box.PressAsync("ArrowDown");
            if (await wanted.GetAttributeAsync("aria-selected") == "true") break;
        }
        await Assertions.Expect(box).ToHaveAttributeAsync("aria-activedescendant", (await wanted.GetAttributeAsync("id"))!);
        await box.PressAsync("Enter");
        await Assertions.Expect(list).ToBeHiddenAsync();
    }
}
