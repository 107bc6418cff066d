.pushsection .BTF_ids,"a"; .local __BTF_ID__set__plain; __BTF_ID__set__plain:; .zero 4; .popsection;
.pushsection .BTF_ids,"a"; __BTF_ID__func__vfs_truncate__9: .zero 4; .popsection;
.pushsection .BTF_ids,"a"; .size __BTF_ID__set__plain, .-__BTF_ID__set__plain; .popsection;
