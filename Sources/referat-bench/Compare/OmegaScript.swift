/// The scriptindex index script giving Omega's index referat's schema (``IndexSchema``): the same boolean
/// prefixes and value slots, title words weighted double and under `S`, decision and recommendation words under
/// `XB` and `XI`, all free text with positions; Danish stemming comes from `scriptindex -s danish`.
enum OmegaScript {
    /// The script, for the field names ``DumpFile`` writes.
    static let text = """
        id : boolean=Q unique=Q
        municipality_key : boolean=XM
        committee_key : boolean=XU
        case_key : boolean=XC
        status : boolean=XS
        municipality : field value=1
        committee : field value=2 index
        date : field date=yyyymmdd value=0
        year : value=3
        case : field value=4
        item : field
        title : field index=S weight=2 index
        decision : field index=XB
        recommendation : index=XI
        body : field index

        """
}
