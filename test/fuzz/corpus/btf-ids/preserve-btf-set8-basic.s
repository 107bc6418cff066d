.pushsection .BTF_ids,"a";
.local demo_kfunc_ids;
demo_kfunc_ids:;
.popsection;
.pushsection .BTF_ids,"a";
.local __BTF_ID__set8__demo_kfunc_ids;
__BTF_ID__set8__demo_kfunc_ids:;
.zero 4
.long (1 << 0)
.popsection;
.pushsection .BTF_ids,"a";
.local __BTF_ID__func__demo_acquire__490428 ;
.type  __BTF_ID__func__demo_acquire__490428, STT_OBJECT;
.size  __BTF_ID__func__demo_acquire__490428, 4;
__BTF_ID__func__demo_acquire__490428:
.zero 4
.long (1 << 0) | (1 << 2)
.popsection;
.pushsection .BTF_ids,"a";
.size __BTF_ID__set8__demo_kfunc_ids, .-demo_kfunc_ids
.popsection;
