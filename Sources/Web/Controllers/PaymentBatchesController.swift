import Domain
import Foundation
import Hummingbird

/// Payment batches: approved claims gathered for the municipal finance system, exported as CSV
/// and marked paid. Repeating an export or "paid", or two coordinators acting at once, never
/// pays a claim twice (see `ClaimRepository`).
struct PaymentBatchesController {
    let repositories: Repositories
    let renderer: Renderer
    let clock: Clock

    struct PaidForm: Decodable {
        let paidOn, paymentReference: String?
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.paymentBatches) { _, context in try await index(context) }
        routes.add(.paymentBatchCreate) { _, context in
            let user = try context.requireUser()
            do {
                let id = try await repositories.claims.createBatch(in: try user.municipalityID(), by: user.id, at: clock.now,
                                                                   audit: try context.actor().audit(.create, .paymentBatch))
                let number = try await repositories.claims.batch(id, in: try user.municipalityID())?.number ?? 0
                context.flash(Flash(.success, "payment.batch.created", [String(number)]))
                return .seeOther(Paths.paymentBatch.link(id))
            } catch StoreError.conflict {
                context.flash(Flash(.info, "payment.batch.nothingToGather"))
                return .seeOther(Paths.paymentBatches.link())
            }
        }
        routes.add(.paymentBatchShow) { _, context in try await show(context) }
        routes.add(.paymentBatchExport) { _, context in try await export(context) }
        routes.add(.paymentBatchPaidForm) { _, context in
            let batch = try await load(context)
            guard batch.status != .paid else { return .seeOther(Paths.paymentBatch.link(batch.id)) }
            return try await renderPaid(context, batch: batch, values: ["paidOn": clock.today.iso])
        }
        routes.add(.paymentBatchPaid) { request, context in try await markPaid(request, context) }
    }

    private func load(_ context: AppContext) async throws -> PaymentBatch {
        let id = try context.parameters.require("id", as: PaymentBatchID.self)
        guard let batch = try await repositories.claims.batch(id, in: try context.municipality()) else { throw AppError.notFound }
        return batch
    }

    private func index(_ context: AppContext) async throws -> Response {
        let municipality = try context.municipality()
        let t = context.t
        let batches = try await repositories.claims.batches(in: municipality)
        let ready = try await repositories.claims.readyForPayment(in: municipality)
        let view = PaymentBatchListView(
            tabs: MoneyTabs.make(current: .paymentBatches, t),
            rows: batches.map { b in
                let status = Display.batchStatus(b.status, t)
                return PaymentBatchListView.Row(name: t("payment.batch.name", String(b.number)), href: Paths.paymentBatch.link(b.id),
                                created: DateFormat.date(b.createdAt), claims: b.claimCount, total: b.total.display, status: status.label,
                                statusKind: status.kind)
            },
            hasRows: !batches.isEmpty,
            ready: ready.count > 0 ? t("claim.queue.ready", String(ready.count), ready.total.display) : nil,
            createAction: Paths.paymentBatches.link())
        return try renderer.page(view, title: t("payment.batches.title"), context: context)
    }

    private func show(_ context: AppContext) async throws -> Response {
        let batch = try await load(context)
        let municipality = try context.municipality()
        let t = context.t
        let claims = try await repositories.claims.claims(in: batch.id, in: municipality)
        try await repositories.audit.record(try context.actor().audit(.view, .paymentBatch, batch.id))
        let status = Display.batchStatus(batch.status, t)
        // Who did what, so the four eyes can be seen: approved, gathered, exported, marked paid.
        var facts = [
            ChildPageView.Fact(label: t("payment.batch.approvedBy"), value: batch.approvedByNames.joined(separator: ", ").ifEmpty("–")),
            ChildPageView.Fact(label: t("payment.batch.createdAt"),
                               value: [DateFormat.dateTime(batch.createdAt), batch.createdByName].compactMap { $0 }.joined(separator: ", ")),
        ]
        if let exported = batch.exportedAt {
            facts.append(ChildPageView.Fact(label: t("payment.batch.exportedAt"),
                                            value: [batch.exportCount == 1 ? t("payment.batch.exportedOnce", DateFormat.dateTime(exported))
                                                        : t("payment.batch.exportedTimes", DateFormat.dateTime(exported), String(batch.exportCount)),
                                                    batch.exportedByName].compactMap { $0 }.joined(separator: ", ")))
        }
        if let paid = batch.paidOn {
            facts.append(ChildPageView.Fact(label: t("payment.batch.paidOn"), value: [paid.display, batch.paidByName].compactMap { $0 }.joined(separator: ", ")))
        }
        if let reference = batch.paymentReference {
            facts.append(ChildPageView.Fact(label: t("payment.batch.paymentReference"), value: reference))
        }
        let view = PaymentBatchView(
            heading: t("payment.batch.name", String(batch.number)), status: status.label, statusKind: status.kind, facts: facts,
            claims: claims.map {
                PaymentBatchView.ClaimLine(childName: $0.childName, href: Paths.claim.link($0.claim.id), association: $0.associationName,
                          period: Display.period($0.claim.period), amount: $0.claim.amount.display)
            },
            total: batch.total.display, exportAction: Paths.paymentBatchExport.link(batch.id), paidHref: Paths.paymentBatchPaid.link(batch.id),
            canPay: batch.status != .paid, exported: batch.exportCount > 0, backHref: Paths.paymentBatches.link())
        return try renderer.page(view, title: view.heading, context: context)
    }

    /// The finance file: one line per association with CVR, payment reference, amount, the claims
    /// it pays and their period. Downloading again gives the same lines (and is recorded).
    private func export(_ context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let batch = try await load(context)
        let lines = try await repositories.claims.export(batch.id, in: try user.municipalityID(), by: user.id, at: clock.now,
                                                         audit: try context.actor().audit(.export, .paymentBatch, batch.id))
        let t = context.t
        var csv = CSV(header: [t("payment.csv.association"), t("payment.csv.cvr"), t("payment.csv.bankReference"), t("payment.csv.amount"),
                               t("payment.csv.claims"), t("payment.csv.periodFrom"), t("payment.csv.periodTo"), t("payment.csv.batch")])
        for line in lines {
            csv.append([line.associationName, line.cvr, line.bankReference ?? "", line.amount.export,
                        line.claimIDs.map(\.description).joined(separator: " "), line.period.from.display, line.period.to.display,
                        batch.id.description])
        }
        return csv.response(filename: "udbetaling-\(batch.id).csv")
    }

    private func renderPaid(_ context: AppContext, batch: PaymentBatch, values: [String: String],
                            errors: ValidationErrors = .init()) async throws -> Response {
        let t = context.t
        let user = try context.requireUser()
        let fourEyes = try await repositories.grants.rules(for: try user.municipalityID()).fourEyesPayments
        let form = FormBuilder(t, values: values, errors: errors)
        let view = PaymentBatchPaidView(
            heading: t("payment.paid.heading", String(batch.number)),
            summary: t("payment.paid.summary", String(batch.claimCount), batch.total.display),
            action: Paths.paymentBatchPaid.link(batch.id), cancelHref: Paths.paymentBatch.link(batch.id), notExported: batch.exportCount == 0,
            approvedByYou: fourEyes && batch.approvedBy.contains(user.id),
            form: .init(paidOn: form.field("paidOn", label: "payment.paid.date", hint: "form.date.hint", type: "date", width: "s"),
                        paymentReference: form.field("paymentReference", label: "payment.paid.reference", hint: "payment.paid.reference.hint",
                                                     width: "m", maxLength: 100)))
        return try renderer.page(view, title: view.heading, context: context, form: form)
    }

    private func markPaid(_ request: Request, _ context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let batch = try await load(context)
        let form = try await request.decodeForm(PaidForm.self, context: context)
        var errors = ValidationErrors()
        let date = DateField.required(form.paidOn, field: "paidOn", missing: "err.payment.paidOn.required", errors: &errors)
        if let date, date > clock.today { errors.add("paidOn", "err.payment.paidOn.future") }
        if let date, date < LocalDate(batch.createdAt, in: .danish) { errors.add("paidOn", "err.payment.paidOn.beforeBatch") }
        let reference = Text.trimmed(form.paymentReference)
        if reference.isEmpty { errors.add("paymentReference", "err.payment.reference.required") } else if reference.count > 100 {
            errors.add("paymentReference", "err.text.tooLong100")
        }
        let values = ["paidOn": form.paidOn ?? "", "paymentReference": form.paymentReference ?? ""]
        guard errors.isEmpty, let date else { return try await renderPaid(context, batch: batch, values: values, errors: errors) }
        do {
            let paid = try await repositories.claims.markPaid(batch.id, on: date, reference: reference, in: try user.municipalityID(), by: user.id,
                                                              at: clock.now,
                                                              audit: try context.actor().audit(.update, .paymentBatch, batch.id,
                                                                                                             detail: "paid, reference \(reference)"))
            context.flash(Flash(.success, "payment.paid.done", [String(paid), batch.total.display]))
        } catch StoreError.conflict {
            context.flash(Flash(.info, "payment.paid.already"))
        } catch is FourEyesRefused {
            return try await renderPaid(context, batch: batch, values: values,
                                        errors: ValidationErrors("paymentReference", "err.payment.fourEyes"))
        }
        return .seeOther(Paths.paymentBatch.link(batch.id))
    }
}
