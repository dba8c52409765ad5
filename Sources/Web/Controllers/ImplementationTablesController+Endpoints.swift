import Domain

extension ImplementationTablesController {
    /// The routes and paths of one kind.
    struct Endpoints {
        let list, create, template, row, update, deletion, delete: Route
        let plan, templatePath: RoutePath
        let rowPath, deletionPath: RoutePath1<PlanTableRowID>
    }

    var endpoints: Endpoints {
        switch kind {
        case .documentation:
            Endpoints(list: .implDocumentationPlan, create: .implDocumentationRowCreate, template: .implDocumentationTemplate,
                      row: .implDocumentationRow, update: .implDocumentationRowUpdate, deletion: .implDocumentationRowDeletion,
                      delete: .implDocumentationRowDelete, plan: Paths.implementationDocumentationPlan,
                      templatePath: Paths.implementationDocumentationTemplate, rowPath: Paths.implementationDocumentationRow,
                      deletionPath: Paths.implementationDocumentationRowDeletion)
        case .communication:
            Endpoints(list: .implCommunicationPlan, create: .implCommunicationRowCreate, template: .implCommunicationTemplate,
                      row: .implCommunicationRow, update: .implCommunicationRowUpdate, deletion: .implCommunicationRowDeletion,
                      delete: .implCommunicationRowDelete, plan: Paths.implementationCommunicationPlan,
                      templatePath: Paths.implementationCommunicationTemplate, rowPath: Paths.implementationCommunicationRow,
                      deletionPath: Paths.implementationCommunicationRowDeletion)
        }
    }
}
