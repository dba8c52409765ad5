/// Links between the sections of one area: the implementation workspace's sub-menu and the
/// money pages' tabs. The current section is marked for screen readers as well as by look.
public enum SectionNav {
    /// The implementation workspace's sections (`implementation/subnav`).
    @Markup public static func implementation(_ items: [PageFrame.NavItem], _ t: Texts) -> HTML {
        """
        <nav class="impl-subnav no-print" aria-label="\(t("impl.subnav.label"))">
          <ul class="impl-subnav-list">
            \(links(items))
          </ul>
        </nav>

        """
    }

    /// The money pages' tabs (`money/tabs`).
    @Markup public static func money(_ items: [PageFrame.NavItem], _ t: Texts) -> HTML {
        """
        <nav class="tabs" aria-label="\(t("money.tabs"))">
          <ul>\(links(items))</ul>
        </nav>

        """
    }

    private static func links(_ items: [PageFrame.NavItem]) -> HTML {
        items.html { item in
            "<li><a href=\"\(item.href)\"\(HTML.when(item.current, " aria-current=\"page\" class=\"current\""))>\(item.label)</a></li>"
        }
    }
}
